import { privacyChooseForm } from '../../views/admin/privacy-forms';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/** *Export or erase a person…* opens the person form on top of the admin modal, for admins only. */
export const privacyOpenButton = (deps: AdminDeps) =>
  adminFormButton(deps, ({ m, under }) => privacyChooseForm(m, under));
