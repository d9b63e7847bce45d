import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { parseListArguments } from './command-arguments';
import { drawListPage } from './draw-list-page';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity list [open|overdue|today|done|all] [@user]`: an ephemeral page with *More*. */
export async function listCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { words, args: { ack } }: { words: string[]; args: CommandArgs },
) {
  const { m } = user;
  const parsed = parseListArguments(words);
  if (!parsed.ok) {
    await ack({
      response_type: 'ephemeral',
      text: m.activities.command.listArguments(escapeMrkdwn(parsed.word.slice(0, 100))),
    });
    return;
  }
  const page = await drawListPage(deps, user, {
    filter: parsed.filter,
    responsibleSlackUserId: parsed.userId ?? user.viewer.slackUserId,
    page: 1,
    cursor: null,
  });
  await ack({ response_type: 'ephemeral', ...(page ?? { text: m.activities.command.unknownUser }) });
}
