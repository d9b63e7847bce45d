import { defaultDigestHour, settingsOf } from '../../../domain/workspaces/workspace-settings';
import { teamForm } from '../../views/admin/team-forms';
import { adminFormButton } from './admin-form-button';
import type { AdminDeps } from './admin-screen';

/**
 * *Add team* opens the empty team form on top of the admin modal, for admins only; its
 * digest starts out at the workspace's working day start, on its working days.
 */
export const teamAddButton = (deps: AdminDeps) =>
  adminFormButton(deps, ({ m, under, request }) => {
    const settings = settingsOf(request.workspace);
    return teamForm(m, {
      team: null,
      state: under,
      starting: { digestHour: defaultDigestHour(settings), digestDays: settings.workDays },
    });
  });
