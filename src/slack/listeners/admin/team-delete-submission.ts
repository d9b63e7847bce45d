import { teamDoneNotice } from '../../views/admin/team-notice';
import { adminConfirmation } from './admin-confirmation';
import type { AdminDeps } from './admin-screen';

/** *Delete* in the team's confirmation; a team already gone is said at the top of the admin modal. */
export const teamDeleteSubmission = (deps: AdminDeps) =>
  adminConfirmation(deps, 'teamId', async ({ viewer, m }, teamId) => {
    const deleted = await deps.teamAdmin.delete.execute(viewer, { teamId });
    return teamDoneNotice(m, { what: 'deleted', teamName: deleted.name });
  });
