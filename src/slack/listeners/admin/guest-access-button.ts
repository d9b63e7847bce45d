import { parseGuestAccessChoice } from '../../views/admin/guest-access-section';
import { adminClick } from './admin-click';
import type { AdminDeps } from './admin-screen';

/**
 * *Allow* / *Stop allowing* multi-channel guests in the admin modal. The button says
 * what it asks for, so a double click or a stale modal cannot flip the setting back.
 */
export const guestAccessButton = (deps: AdminDeps) =>
  adminClick(deps, async ({ viewer, m }, { action }) => {
    const choice = parseGuestAccessChoice('value' in action ? action.value : undefined);
    if (!choice) return null;
    await deps.workspaceSettings.setGuestPolicy(viewer, choice === 'admit');
    const done = m.access.admin.done;
    return { notice: { tone: 'done', mrkdwn: choice === 'admit' ? done.admitted : done.refused } };
  });
