import { activityDetail } from '../../views/activities/activity-detail';
import { acknowledgedBy, viewContext } from '../acting-user';
import { type ButtonArgs, pressedActivity } from '../activities/activity-button';
import type { ListenerDeps } from '../deps';

/**
 * A reminder's *Open*: the activity in full (notes, history and its buttons) below the
 * reminder, for the presser only; the reminder itself stays as it is.
 */
export function reminderOpenButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const { activityId } = pressedActivity(args.action);
    const detail = await deps.activities.get.detail(user.viewer, activityId);
    const answer = detail
      ? activityDetail(viewContext(user, deps), detail)
      : { text: user.m.activities.errors.notFound(activityId) };
    await args.respond({ response_type: 'ephemeral', replace_original: false, ...answer });
  };
}
