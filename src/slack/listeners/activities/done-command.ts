import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { ActivityActionRefused, ActivityNotFoundError } from '../../../domain/activities/activity-errors';
import { othersAffected } from '../../../domain/activities/assignment-notice';
import { activityCard } from '../../views/activities/activity-card';
import type { ListenerDeps } from '../deps';
import { publishHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';
import { type ActingUser, viewContext } from './acting-user';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity done <id>`: *Done now*, answered with the updated card (or why not, with the card as it is). */
export async function doneCommand(
  deps: ListenerDeps,
  user: ActingUser,
  id: number,
  { ack, client, logger }: CommandArgs,
) {
  const ctx = viewContext(user, deps);
  try {
    const record = await deps.activities.complete.execute(user.viewer, id);
    await ack({
      response_type: 'ephemeral',
      ...activityCard(ctx, record, user.m.activities.notices.completed(id)),
    });
    deps.reminders.redraw.request(user.viewer.workspaceId, id);
    await publishHome(deps, client, user);
    await publishHomesOf(deps, client, logger, user.workspace, othersAffected(user.viewer, null, record));
  } catch (error) {
    if (error instanceof ActivityActionRefused) {
      await ack({
        response_type: 'ephemeral',
        ...activityCard(ctx, error.current, error.userMessage(user.m)),
      });
    } else if (error instanceof ActivityNotFoundError) {
      await ack({ response_type: 'ephemeral', text: error.userMessage(user.m) });
    } else throw error;
  }
}
