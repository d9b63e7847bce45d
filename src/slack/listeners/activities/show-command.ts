import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { activityDetail } from '../../views/activities/activity-detail';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity show <id>`: the detail view with its history; missing and invisible answer alike. */
export async function showCommand(deps: ListenerDeps, user: ActingUser, id: number, { ack }: CommandArgs) {
  const detail = await deps.activities.get.detail(user.viewer, id);
  if (!detail) {
    await ack({ response_type: 'ephemeral', text: user.m.activities.errors.notFound(id) });
    return;
  }
  await ack({ response_type: 'ephemeral', ...activityDetail(viewContext(user, deps), detail) });
}
