import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { helpMessage } from '../../views/help-view';

/**
 * `/activity [subcommand …]`. `help` (or nothing) answers with the help; a word we
 * do not know gets the same help, naming what was not understood.
 */
export async function activityCommand({
  command,
  ack,
  context,
}: SlackCommandMiddlewareArgs & AllMiddlewareArgs) {
  const { m } = touchbase(context);
  const text = command.text.trim();
  const subcommand = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (subcommand === '' || subcommand === 'help') {
    await ack({ response_type: 'ephemeral', ...helpMessage(m) });
    return;
  }
  await ack({ response_type: 'ephemeral', ...helpMessage(m, text.split(/\s+/)[0]) });
}
