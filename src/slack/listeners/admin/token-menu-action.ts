import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { parseMenuValue } from '../../views/admin/admin-list-ids';
import { revokeTokenForm } from '../../views/admin/token-forms';
import { TOKEN_MENU_OPERATIONS } from '../../views/admin/token-ids';
import { adminClick } from './admin-click';
import type { AdminDeps } from './admin-screen';

/**
 * A token's overflow menu: *Revoke…* asks first. The token is read afresh, so one revoked
 * meanwhile (or a user no longer admin) gets a notice in place of the question.
 */
export const tokenMenuAction = (deps: AdminDeps) =>
  adminClick(deps, async ({ viewer, m, under }, { action }) => {
    const chosen =
      'selected_option' in action
        ? parseMenuValue(action.selected_option.value, TOKEN_MENU_OPERATIONS)
        : null;
    if (!chosen) return null;
    requireAdmin(viewer);
    const token = await deps.apiTokens.find(viewer, chosen.id);
    return { push: revokeTokenForm(m, token, under) };
  });
