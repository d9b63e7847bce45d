import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { openLogForm } from './open-activity-form';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity`: the *Log activity* form. Ack first: the trigger id lives 3 seconds. */
export async function logCommand(deps: ListenerDeps, user: ActingUser, args: CommandArgs) {
  await args.ack();
  await openLogForm(deps, modalTrigger(args), { user, channelId: args.command.channel_id });
}
