import { organizationCardMessage } from '../../views/contacts/organization-card';
import { personCardMessage } from '../../views/contacts/person-card';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ContactListenerDeps } from './contact-deps';
import { organizationInputFrom, personInputFrom } from './contact-form-state';
import { submitContactForm } from './submit-contact-form';
import { tellUser } from './tell-user';

/** Saving the `/contact new` modal: the new card, shown to the user where they were. */
export function newContactSubmission(deps: ContactListenerDeps) {
  const { contacts } = deps;
  return submitContactForm(async ({ client, userId, viewer, m, metadata, values }) => {
    const where = { userId, channel: metadata.channel };
    if (metadata.kind === 'person') {
      const person = await contacts.createPerson.execute(viewer, personInputFrom(values));
      return async () => {
        const card = await contacts.personCard.execute(viewer, person.id);
        const notice = m.contacts.confirm.personCreated(escapeMrkdwn(person.name));
        await tellUser(client, where, personCardMessage(m, viewer, { card, notice }));
      };
    }
    const organization = await contacts.createOrganization.execute(viewer, organizationInputFrom(values));
    return async () => {
      const card = await contacts.organizationCard.execute(viewer, organization.id);
      const notice = m.contacts.confirm.organizationCreated(escapeMrkdwn(organization.name));
      await tellUser(client, where, organizationCardMessage(m, viewer, { card, notice }));
    };
  });
}
