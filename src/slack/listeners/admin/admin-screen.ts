import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import type { AdminPages } from '../../views/admin/admin-metadata';
import { adminModal } from '../../views/admin/admin-modal';
import type { AdminNotice } from '../../views/admin/admin-notice';
import type { ListenerDeps } from '../deps';
import { tokensForAdminModal } from './token-listing';

export type AdminDeps = Pick<
  ListenerDeps,
  'activityTypeAdmin' | 'teamAdmin' | 'privacy' | 'apiTokens' | 'workspaceSettings' | 'plans'
>;

/** Who looks at the admin modal: what they may see is decided in the domain, each time. */
export interface AdminViewer {
  viewer: Viewer | null;
  m: Messages;
}

/**
 * The admin modal as the viewer may see it now, its lists on `at`'s pages with `at.notice`
 * on top; refuses (AppError admin_only) anyone who is not an admin.
 */
export async function currentAdminModal(
  deps: AdminDeps,
  { viewer, m }: AdminViewer,
  at: AdminPages & { notice?: AdminNotice },
): Promise<ModalView> {
  const types = await deps.activityTypeAdmin.list.execute(viewer);
  const plans = await deps.plans.list.execute(viewer);
  const teams = await deps.teamAdmin.list.execute(viewer);
  const tokens = await tokensForAdminModal(deps, viewer, at.tokensPage);
  const guests = await deps.workspaceSettings.guestPolicy(viewer);
  const workspace = await deps.workspaceSettings.get(viewer);
  return adminModal(m, {
    types,
    page: at.page,
    notice: at.notice,
    plans,
    teams,
    teamsPage: at.teamsPage,
    tokens,
    privacy: true,
    guests,
    workspace,
  });
}

/**
 * Replaces the admin modal with `build()`. When Slack says the modal changed since the
 * click (hash_conflict, e.g. two quick clicks), it is drawn once more from fresh data:
 * what the database holds now is newer than either drawing.
 */
export async function redrawAdminModal(
  client: WebClient,
  target: { viewId: string; hash?: string },
  build: () => Promise<ModalView>,
): Promise<void> {
  try {
    await client.views.update({
      view_id: target.viewId,
      hash: target.hash || undefined,
      view: await build(),
    });
  } catch (error) {
    if ((error as { data?: { error?: string } }).data?.error !== 'hash_conflict') throw error;
    await client.views.update({ view_id: target.viewId, view: await build() });
  }
}
