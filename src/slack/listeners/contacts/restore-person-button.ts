import { personCardMessage } from '../../views/contacts/person-card';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ButtonArgs } from './card-buttons';
import { redrawCard } from './card-buttons';
import type { ContactListenerDeps } from './contact-deps';

/** *Restore* on an archived person's card (admins): the card, active again, says so. */
export function restorePersonButton(deps: ContactListenerDeps) {
  return (args: ButtonArgs) =>
    redrawCard(args, async ({ viewer, m, id }) => {
      await deps.contacts.restorePerson.execute(viewer, id);
      const card = await deps.contacts.personCard.execute(viewer, id);
      const notice = m.contacts.confirm.restored(escapeMrkdwn(card.person.name));
      return personCardMessage(m, viewer, { card, notice });
    });
}
