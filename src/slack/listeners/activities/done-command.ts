import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { ActivityActionRefused } from '../../../domain/activities/activity-errors';
import { othersAffected } from '../../../domain/activities/assignment-notice';
import { activityCard } from '../../views/activities/activity-card';
import { withNextOccurrence } from '../../views/activities/repeat-text';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity done <id>`: *Done now*, answered with the updated card (or why not, with the card as it is). */
export async function doneCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { id, args: { ack, client, logger } }: { id: number; args: CommandArgs },
) {
  const ctx = viewContext(user, deps);
  try {
    const record = await deps.activities.complete.execute(user.viewer, id);
    await ack({
      response_type: 'ephemeral',
      ...activityCard(ctx, record, withNextOccurrence(ctx, user.m.activities.notices.completed(id), record)),
    });
    deps.reminders.redraw.request(user.viewer.workspaceId, id);
    await redrawHome(deps, client, { user });
    await publishHomesOf(deps, client, {
      logger,
      workspace: user.workspace,
      people: othersAffected(user.viewer, null, record),
    });
  } catch (error) {
    // Refused: the card as it is now says why. Anything else (not found) is the Slack error path's.
    if (!(error instanceof ActivityActionRefused)) throw error;
    await ack({ response_type: 'ephemeral', ...activityCard(ctx, error.current, error.userMessage(user.m)) });
  }
}
