import type { WebClient } from '@slack/web-api';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import type { AdminNotice } from '../../views/admin/admin-notice';
import type { TeamFormState } from '../../views/admin/team-metadata';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';

/** After a team form closed: the admin modal under it, redrawn on the same pages with what was done. */
export async function redrawTeamList(
  deps: AdminDeps,
  client: WebClient,
  who: { viewer: Viewer | null; m: Messages },
  state: TeamFormState,
  previousViewId: string | null | undefined,
  notice: AdminNotice,
): Promise<void> {
  const viewId = state.listViewId || previousViewId;
  if (!viewId) return;
  try {
    await redrawAdminModal(client, { viewId, hash: state.listHash }, () =>
      currentAdminModal(deps, who.viewer, who.m, state.page, notice, state.teamsPage),
    );
  } catch (error) {
    if (!isAdminRefusal(error)) throw error;
    await client.views.update({ view_id: viewId, view: adminRefusalModal(who.m) });
  }
}
