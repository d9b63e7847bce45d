import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { type ActingUser, acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { type ButtonArgs, pressedActivity } from './activity-button';
import { answerMissingActivity } from './answer-missing-activity';

/**
 * A button that opens a form about the activity it sits on (*Edit*, *Plan follow-up*,
 * the outcome prompt's *Done…* and *Reschedule*): the form opens on the activity as the
 * presser may see it; when it is gone or hidden, the message shows what became of it.
 */
export function formButton(
  deps: ListenerDeps,
  open: (user: ActingUser, record: ActivityRecord, args: ButtonArgs) => Promise<void>,
) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const { activityId, where } = pressedActivity(args.action);
    const record = await deps.activities.get.getVisible(user.viewer, activityId);
    if (record) await open(user, record, args);
    else await answerMissingActivity(deps, user, { args, where, activityId });
  };
}
