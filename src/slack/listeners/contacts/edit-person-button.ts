import { editPersonModal } from '../../views/contacts/edit-contact-modals';
import type { ButtonArgs } from './card-buttons';
import { openEditModal } from './card-buttons';
import type { ContactListenerDeps } from './contact-deps';

/** *Edit* on a person card or search result. */
export function editPersonButton(deps: ContactListenerDeps) {
  return (args: ButtonArgs) =>
    openEditModal(args, async ({ viewer, m, id, origin }) => {
      const { person } = await deps.contacts.personCard.execute(viewer, id);
      return editPersonModal(m, person, origin);
    });
}
