import { addTypeForm } from '../../views/admin/type-forms';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/** *Add type* opens the form on top of the admin modal, for admins only. */
export const addTypeButton = (deps: AdminDeps) =>
  adminFormButton(deps, ({ m, under }) => addTypeForm(m, under));
