import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { drawTrashPage } from './trash-page';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity trash` (`/activity papperskorg`): an ephemeral page of the user's trash with *More*. */
export async function trashCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { words, args: { ack } }: { words: string[]; args: CommandArgs },
) {
  if (words.length > 0) {
    await ack({ response_type: 'ephemeral', text: user.m.activities.command.trashArguments });
    return;
  }
  await ack({ response_type: 'ephemeral', ...(await drawTrashPage(deps, user, { page: 1, cursor: null })) });
}
