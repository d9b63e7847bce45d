import { decodeHomeState } from '../../views/admin/admin-metadata';
import { privacyChooseForm } from '../../views/admin/privacy-forms';
import { decodeTeamsPage } from '../../views/admin/team-metadata';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/** *Export or erase a person…* opens the person form on top of the admin modal, for admins only. */
export const privacyOpenButton = (deps: AdminDeps) =>
  adminFormButton(deps, (m, list) =>
    privacyChooseForm(m, {
      listViewId: list.id,
      listHash: list.hash,
      page: decodeHomeState(list.private_metadata).page,
      teamsPage: decodeTeamsPage(list.private_metadata),
    }),
  );
