import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { helpMessage } from '../../views/help-view';

/** `/contact …`: answers with the help, naming a subcommand it does not know. */
export async function contactCommand({
  command,
  ack,
  context,
}: SlackCommandMiddlewareArgs & AllMiddlewareArgs) {
  const { m } = touchbase(context);
  const word = command.text.trim().split(/\s+/)[0] ?? '';
  await ack({
    response_type: 'ephemeral',
    ...helpMessage(m, word === '' || word === 'help' ? undefined : word),
  });
}
