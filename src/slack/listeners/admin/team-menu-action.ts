import { parseMenuValue } from '../../views/admin/admin-list-ids';
import { deleteTeamForm, teamForm } from '../../views/admin/team-forms';
import { TEAM_MENU_OPERATIONS } from '../../views/admin/team-ids';
import { adminClick } from './admin-click';
import type { AdminDeps } from './admin-screen';

/**
 * A team's overflow menu: *Edit…* opens the team form, *Delete…* asks first. Both read
 * the team afresh and re-check, in the domain, that the user is still an admin.
 */
export const teamMenuAction = (deps: AdminDeps) =>
  adminClick(deps, async ({ viewer, m, under }, { action }) => {
    const chosen =
      'selected_option' in action ? parseMenuValue(action.selected_option.value, TEAM_MENU_OPERATIONS) : null;
    if (!chosen) return null;
    const team = await deps.teamAdmin.get.execute(viewer, { teamId: chosen.id });
    return {
      push:
        chosen.operation === 'edit' ? teamForm(m, { team, state: under }) : deleteTeamForm(m, team, under),
    };
  });
