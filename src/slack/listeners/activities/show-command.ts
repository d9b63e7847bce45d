import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { activityDetail } from '../../views/activities/activity-detail';
import { deletedActivityMessage } from '../../views/activities/trash-list';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/activity show <id>`: the detail view with its history. A deleted one the user
 * may restore says so and offers *Restore*; missing, invisible and otherwise
 * deleted answer alike.
 */
export async function showCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { id, args: { ack } }: { id: number; args: CommandArgs },
) {
  const detail = await deps.activities.get.detail(user.viewer, id);
  if (!detail) {
    const [deleted] = await deps.activities.get.forDisplay(user.viewer, [id]);
    const answer = deleted
      ? deletedActivityMessage(viewContext(user, deps), deleted)
      : { text: user.m.activities.errors.notFound(id) };
    await ack({ response_type: 'ephemeral', ...answer });
    return;
  }
  await ack({ response_type: 'ephemeral', ...activityDetail(viewContext(user, deps), detail) });
}
