import { settingsOf } from '../../../domain/workspaces/workspace-settings';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { workspaceSettingsForm } from '../../views/admin/workspace-settings-form';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/** *Workspace settings → Change…* pushes the settings form over the admin modal, for admins only. */
export const workspaceSettingsButton = (deps: AdminDeps) =>
  adminFormButton(deps, (m, list, request) =>
    workspaceSettingsForm(m, settingsOf(request.workspace), {
      listViewId: list.id,
      listHash: list.hash,
      page: decodeHomeState(list.private_metadata).page,
    }),
  );
