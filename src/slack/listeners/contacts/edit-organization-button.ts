import { editOrganizationModal } from '../../views/contacts/edit-contact-modals';
import type { ButtonArgs } from './card-buttons';
import { openEditModal } from './card-buttons';
import type { ContactListenerDeps } from './contact-deps';

/** *Edit* on an organization card or search result. */
export function editOrganizationButton(deps: ContactListenerDeps) {
  return (args: ButtonArgs) =>
    openEditModal(args, async ({ viewer, m, id, origin }) => {
      const { organization } = await deps.contacts.organizationCard.execute(viewer, id);
      return editOrganizationModal(m, organization, origin);
    });
}
