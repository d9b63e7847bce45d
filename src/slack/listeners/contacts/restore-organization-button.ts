import { organizationCardMessage } from '../../views/contacts/organization-card';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ButtonArgs } from './card-buttons';
import { redrawCard } from './card-buttons';
import type { ContactListenerDeps } from './contact-deps';

/** *Restore* on an archived organization's card (admins): the card, active again, says so. */
export function restoreOrganizationButton(deps: ContactListenerDeps) {
  return (args: ButtonArgs) =>
    redrawCard(args, async ({ viewer, m, id }) => {
      await deps.contacts.restoreOrganization.execute(viewer, id);
      const card = await deps.contacts.organizationCard.execute(viewer, id);
      const notice = m.contacts.confirm.restored(escapeMrkdwn(card.organization.name));
      return organizationCardMessage(m, viewer, { card, notice });
    });
}
