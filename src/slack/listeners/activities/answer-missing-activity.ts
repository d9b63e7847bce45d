import type { Surface } from '../../views/activities/activity-actions';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { type ButtonArgs, pressedIn } from './activity-button';
import { redrawSurface } from './redraw-surface';
import { replaceMessage } from './replace-message';

/** A button on an activity the user can no longer open: the message shows what became of it. */
export async function answerMissingActivity(
  deps: ListenerDeps,
  user: ActingUser,
  { args, where, activityId }: { args: ButtonArgs; where: Surface; activityId: number },
): Promise<void> {
  const [deleted] = await deps.activities.get.forDisplay(user.viewer, [activityId]);
  const notice = deleted
    ? user.m.activities.refusals.deleted(activityId)
    : user.m.activities.errors.notFound(activityId);
  await replaceMessage(
    args,
    await redrawSurface(deps, user, {
      where,
      activityId,
      record: deleted ?? null,
      notice,
      message: pressedIn(args),
    }),
  );
}
