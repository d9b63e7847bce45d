import { workCalendar } from '../../../domain/calendar/work-calendar';
import { modalTrigger } from '../../open-modal';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { type ButtonArgs, pressedActivity } from './activity-button';
import { answerMissingActivity } from './answer-missing-activity';
import { openLogForm } from './open-activity-form';

/** *Plan follow-up* on a completed activity: a new form about the same person, prefilled (product §3.2). */
export function followUpButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const { activityId, where } = pressedActivity(args.action);
    const record = await deps.activities.get.getVisible(user.viewer, activityId);
    if (!record) {
      await answerMissingActivity(deps, user, { args, where, activityId });
      return;
    }
    const suggestion = await deps.activities.suggestFollowUp.execute(
      user.viewer,
      record,
      workCalendar(user.workspace),
    );
    await openLogForm(deps, modalTrigger(args), {
      user,
      channelId: args.body.channel?.id,
      prefill: suggestion,
    });
  };
}
