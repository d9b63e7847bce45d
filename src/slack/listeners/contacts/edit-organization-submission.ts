import { organizationCardMessage } from '../../views/contacts/organization-card';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ContactListenerDeps } from './contact-deps';
import { organizationInputFrom } from './contact-form-state';
import { showEditedCard } from './edit-submissions';
import { submitContactForm } from './submit-contact-form';

/** Saving the organization edit modal (archiving included). */
export function editOrganizationSubmission(deps: ContactListenerDeps) {
  const { contacts } = deps;
  return submitContactForm(async ({ client, userId, viewer, m, metadata, values }) => {
    const organization = await contacts.updateOrganization.execute(
      viewer,
      metadata.id ?? 0,
      organizationInputFrom(values),
    );
    return async () => {
      const card = await contacts.organizationCard.execute(viewer, organization.id);
      const notice = m.contacts.confirm.saved(escapeMrkdwn(organization.name));
      const message = organizationCardMessage(m, viewer, { card, notice });
      await showEditedCard(client, { userId, metadata, card: message });
    };
  });
}
