import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import type { ActingUser } from './acting-user';
import { openLogForm } from './open-activity-form';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity`: the *Log activity* form. Ack first: the trigger id lives 3 seconds. */
export async function logCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { ack, client, command }: CommandArgs,
) {
  await ack();
  await openLogForm(deps, client, command.trigger_id, user, { channelId: command.channel_id });
}
