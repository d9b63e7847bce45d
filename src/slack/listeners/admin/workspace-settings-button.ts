import { settingsOf } from '../../../domain/workspaces/workspace-settings';
import { workspaceSettingsForm } from '../../views/admin/workspace-settings-form';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/** *Workspace settings → Change…* pushes the settings form over the admin modal, for admins only. */
export const workspaceSettingsButton = (deps: AdminDeps) =>
  adminFormButton(deps, ({ m, under, request }) =>
    workspaceSettingsForm(m, settingsOf(request.workspace), under),
  );
