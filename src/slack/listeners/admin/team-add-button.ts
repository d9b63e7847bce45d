import { defaultDigestHour, settingsOf } from '../../../domain/workspaces/workspace-settings';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { teamForm } from '../../views/admin/team-forms';
import { decodeTeamsPage } from '../../views/admin/team-metadata';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/**
 * *Add team* opens the empty team form on top of the admin modal, for admins only; its
 * digest starts out at the workspace's working day start, on its working days.
 */
export const teamAddButton = (deps: AdminDeps) =>
  adminFormButton(deps, (m, list, request) => {
    const settings = settingsOf(request.workspace);
    return teamForm(
      m,
      null,
      {
        page: decodeHomeState(list.private_metadata).page,
        teamsPage: decodeTeamsPage(list.private_metadata),
        listViewId: list.id,
        listHash: list.hash,
      },
      { digestHour: defaultDigestHour(settings), digestDays: settings.workDays },
    );
  });
