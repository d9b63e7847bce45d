import { createTokenForm } from '../../views/admin/token-forms';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/** *Create token* opens the token form on top of the admin modal, for admins only. */
export const tokenAddButton = (deps: AdminDeps) =>
  adminFormButton(deps, ({ m, under }) => createTokenForm(m, under));
