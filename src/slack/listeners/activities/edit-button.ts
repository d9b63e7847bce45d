import { modalTrigger } from '../../open-modal';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { type ButtonArgs, pressedActivity } from './activity-button';
import { answerMissingActivity } from './answer-missing-activity';
import { openEditForm } from './open-activity-form';

/** *Edit*: the form on the current values, if the activity is still there and visible. */
export function editButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const { activityId, where } = pressedActivity(args.action);
    const record = await deps.activities.get.getVisible(user.viewer, activityId);
    if (record) {
      await openEditForm(deps, modalTrigger(args), { user, record, channelId: args.body.channel?.id });
      return;
    }
    await answerMissingActivity(deps, user, { args, where, activityId });
  };
}
