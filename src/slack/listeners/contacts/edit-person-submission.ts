import { personCardMessage } from '../../views/contacts/person-card';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ContactListenerDeps } from './contact-deps';
import { personInputFrom } from './contact-form-state';
import { showEditedCard } from './edit-submissions';
import { submitContactForm } from './submit-contact-form';

/** Saving the person edit modal (archiving included). */
export function editPersonSubmission(deps: ContactListenerDeps) {
  const { contacts } = deps;
  return submitContactForm(async ({ client, userId, viewer, m, metadata, values }) => {
    const person = await contacts.updatePerson.execute(viewer, metadata.id ?? 0, personInputFrom(values));
    return async () => {
      const card = await contacts.personCard.execute(viewer, person.id);
      const notice = m.contacts.confirm.saved(escapeMrkdwn(person.name));
      await showEditedCard(client, {
        userId,
        metadata,
        card: personCardMessage(m, viewer, { card, notice }),
      });
    };
  });
}
