import type { WebClient } from '@slack/web-api';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import type { AdminNotice } from '../../views/admin/admin-notice';
import { decodeTokenFormState, type TokenFormState } from '../../views/admin/token-ids';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';

/** The admin modal's pages as its own metadata has them, plus which modal it is, for a form pushed on it. */
export function tokenFormStateOf(view: {
  id: string;
  hash: string;
  private_metadata: string;
}): TokenFormState {
  return { ...decodeTokenFormState(view.private_metadata), listViewId: view.id, listHash: view.hash };
}

/** After a token form: the admin modal under it, redrawn on the same pages with what was done. */
export async function redrawTokenList(
  deps: AdminDeps,
  client: WebClient,
  who: { viewer: Viewer | null; m: Messages },
  state: TokenFormState,
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
