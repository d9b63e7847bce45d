import type { ModalView } from '@slack/types';
import type { Organization, PersonWithOrganization } from '../../../domain/contacts/contact';
import type { Messages } from '../../../i18n';
import { organizationFormBlocks, personFormBlocks } from './contact-form';
import { CONTACT_CALLBACKS } from './contact-ids';
import { writeMetadata } from './contact-metadata';

/** Where the edit was started: the card message to update afterwards. */
export interface EditOrigin {
  channel?: string;
  responseUrl?: string;
}

export function editPersonModal(m: Messages, person: PersonWithOrganization, origin: EditOrigin): ModalView {
  return {
    type: 'modal',
    callback_id: CONTACT_CALLBACKS.editPerson,
    title: { type: 'plain_text', text: m.contacts.form.editPersonTitle },
    submit: { type: 'plain_text', text: m.contacts.form.save },
    close: { type: 'plain_text', text: m.contacts.form.cancel },
    private_metadata: writeMetadata({ kind: 'person', id: person.id, ...origin }),
    blocks: personFormBlocks(m, {
      name: person.name,
      email: person.email,
      phone: person.phone,
      organization: person.organization,
      externalId: person.externalId,
      archived: person.archived,
    }),
  };
}

export function editOrganizationModal(
  m: Messages,
  organization: Organization,
  origin: EditOrigin,
): ModalView {
  return {
    type: 'modal',
    callback_id: CONTACT_CALLBACKS.editOrganization,
    title: { type: 'plain_text', text: m.contacts.form.editOrganizationTitle },
    submit: { type: 'plain_text', text: m.contacts.form.save },
    close: { type: 'plain_text', text: m.contacts.form.cancel },
    private_metadata: writeMetadata({ kind: 'organization', id: organization.id, ...origin }),
    blocks: organizationFormBlocks(m, organization),
  };
}
