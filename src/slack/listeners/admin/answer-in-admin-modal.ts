import type { WebClient } from '@slack/web-api';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { AppError } from '../../../domain/app-error';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { decodeTeamsPage } from '../../views/admin/team-metadata';
import { decodeTokensPage } from '../../views/admin/token-ids';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';

/** A click in the admin modal: who clicked, and the modal as the payload showed it. */
export interface AdminModalClick {
  deps: AdminDeps;
  client: WebClient;
  viewer: Viewer | null;
  m: Messages;
  view: { id: string; hash: string; private_metadata: string };
}

/** Runs a change asked for from the admin modal and redraws the modal saying what it did. */
export async function answerInAdminModal(
  click: AdminModalClick,
  change: () => Promise<AdminNotice | undefined>,
  page = decodeHomeState(click.view.private_metadata).page,
): Promise<void> {
  try {
    const notice = await change();
    await redraw(click, page, notice);
  } catch (error) {
    await showRefusal(click, error, page);
  }
}

/**
 * Someone who is no longer an admin gets the refusal in place of the modal; any other
 * refusal (last active type, a type gone meanwhile) is shown at the top of the list.
 */
export async function showRefusal(
  click: AdminModalClick,
  error: unknown,
  page = decodeHomeState(click.view.private_metadata).page,
): Promise<void> {
  if (isAdminRefusal(error)) {
    await click.client.views.update({ view_id: click.view.id, view: adminRefusalModal(click.m) });
    return;
  }
  if (!(error instanceof AppError)) throw error;
  try {
    await redraw(click, page, problemNotice(error.userMessage(click.m)));
  } catch (redrawError) {
    if (!isAdminRefusal(redrawError)) throw redrawError;
    await click.client.views.update({ view_id: click.view.id, view: adminRefusalModal(click.m) });
  }
}

function redraw(click: AdminModalClick, page: number, notice: AdminNotice | undefined): Promise<void> {
  const { deps, client, viewer, m, view } = click;
  return redrawAdminModal(client, { viewId: view.id, hash: view.hash }, () =>
    currentAdminModal(
      deps,
      viewer,
      m,
      page,
      notice,
      decodeTeamsPage(view.private_metadata),
      decodeTokensPage(view.private_metadata),
    ),
  );
}
