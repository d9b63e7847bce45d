import { personCardMessage } from '../../views/contacts/person-card';
import { answerWithMessage, type ButtonArgs } from './card-buttons';
import type { ContactListenerDeps } from './contact-deps';

/** *Show* on a search result: the person's full card. */
export function showPersonButton(deps: ContactListenerDeps) {
  return (args: ButtonArgs) =>
    answerWithMessage(args, async ({ viewer, m, id }) =>
      personCardMessage(m, viewer, { card: await deps.contacts.personCard.execute(viewer, id) }),
    );
}
