import { decodeHomeState } from '../../views/admin/admin-metadata';
import { addTypeForm } from '../../views/admin/type-forms';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/** *Add type* opens the form on top of the admin modal, for admins only. */
export const addTypeButton = (deps: AdminDeps) =>
  adminFormButton(deps, (m, list) =>
    addTypeForm(m, {
      page: decodeHomeState(list.private_metadata).page,
      listViewId: list.id,
      listHash: list.hash,
    }),
  );
