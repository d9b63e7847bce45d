import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import { newContactModal } from '../../views/contacts/new-contact-modal';
import { helpMessage } from '../../views/help-view';
import { answerSearch } from './answer-search';
import type { ContactListenerDeps } from './contact-deps';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/contact`: nothing or `help` shows the help; `new [name]` opens the form at once
 * (the trigger id expires after 3 s); any other text is a search.
 */
export function contactCommand(deps: ContactListenerDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const { command, ack, context } = args;
    const { m } = touchbase(context);
    const text = command.text.replace(/\s+/g, ' ').trim();
    const [word = '', ...rest] = text.split(' ');
    const subcommand = word.toLowerCase();
    if (subcommand === '' || subcommand === 'help') {
      await ack({ response_type: 'ephemeral', ...helpMessage(m) });
      return;
    }
    if (subcommand === 'new') {
      await ack();
      const name = rest.join(' ') || undefined;
      await openModal(
        modalTrigger(args),
        newContactModal(m, { kind: 'person', channel: command.channel_id, name }),
      );
      return;
    }
    await answerSearch(deps, args, text);
  };
}
