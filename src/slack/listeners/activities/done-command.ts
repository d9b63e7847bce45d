import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { ActivityActionRefused, ActivityNotFoundError } from '../../../domain/activities/activity-errors';
import { activityCard } from '../../views/activities/activity-card';
import type { ListenerDeps } from '../deps';
import { type ActingUser, viewContext } from './acting-user';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity done <id>`: *Done now*, answered with the updated card (or why not, with the card as it is). */
export async function doneCommand(deps: ListenerDeps, user: ActingUser, id: number, { ack }: CommandArgs) {
  const ctx = viewContext(user, deps);
  try {
    const record = await deps.activities.complete.execute(user.viewer, id);
    await ack({
      response_type: 'ephemeral',
      ...activityCard(ctx, record, user.m.activities.notices.completed(id)),
    });
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
