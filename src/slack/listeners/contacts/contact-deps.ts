import type { ContactServices } from '../../../domain/contacts/contact-services';

/** What the contact listeners need from the composition root. */
export interface ContactListenerDeps {
  contacts: ContactServices;
}
