import type { WebClient } from '@slack/web-api';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import type { AdminNotice } from '../../views/admin/admin-notice';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';

/** The admin modal a form was opened over: which view it is and the pages its lists were on. */
export interface AdminListState {
  listViewId: string;
  listHash: string;
  page: number;
  teamsPage?: number;
  tokensPage?: number;
}

/**
 * After a form on top of the admin modal closed: the modal under it, redrawn on
 * the same pages with what was done — or the refusal, for someone no longer admin.
 */
export async function redrawAdminList(
  deps: AdminDeps,
  client: WebClient,
  who: { viewer: Viewer | null; m: Messages },
  state: AdminListState,
  previousViewId: string | null | undefined,
  notice: AdminNotice,
): Promise<void> {
  const viewId = state.listViewId || previousViewId;
  if (!viewId) return;
  try {
    await redrawAdminModal(client, { viewId, hash: state.listHash }, () =>
      currentAdminModal(deps, who.viewer, who.m, state.page, notice, state.teamsPage, state.tokensPage),
    );
  } catch (error) {
    if (!isAdminRefusal(error)) throw error;
    await client.views.update({ view_id: viewId, view: adminRefusalModal(who.m) });
  }
}
