import type { ModalView } from '@slack/types';
import type { Organization, PersonWithOrganization } from '../../../domain/contacts/contact';
import type { Messages } from '../../../i18n';
import { organizationFormBlocks, personFormBlocks } from './contact-form';
import { CONTACT_CALLBACKS } from './contact-ids';
import { contactFormModal } from './contact-metadata';

/** Where the edit was started: the card message to update afterwards. */
export interface EditOrigin {
  channel?: string;
  responseUrl?: string;
}

export function editPersonModal(m: Messages, person: PersonWithOrganization, origin: EditOrigin): ModalView {
  return contactFormModal(m, {
    callbackId: CONTACT_CALLBACKS.editPerson,
    title: m.contacts.form.editPersonTitle,
    metadata: { kind: 'person', id: person.id, ...origin },
    blocks: personFormBlocks(m, person),
  });
}

export function editOrganizationModal(
  m: Messages,
  organization: Organization,
  origin: EditOrigin,
): ModalView {
  return contactFormModal(m, {
    callbackId: CONTACT_CALLBACKS.editOrganization,
    title: m.contacts.form.editOrganizationTitle,
    metadata: { kind: 'organization', id: organization.id, ...origin },
    blocks: organizationFormBlocks(m, organization),
  });
}
