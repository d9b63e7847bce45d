import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  OverflowAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { AppError } from '../../../domain/app-error';
import { modalTrigger, openModal } from '../../open-modal';
import { type TouchbaseContext, touchbase } from '../../request-context';
import { type AdminFormState, type AdminPages, adminPagesOf } from '../../views/admin/admin-metadata';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { type AdminDeps, type AdminViewer, currentAdminModal, redrawAdminModal } from './admin-screen';

export type AdminClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction | OverflowAction>> &
  AllMiddlewareArgs;

/** A click in the admin modal: who clicked, and the modal as the payload showed it. */
export interface AdminClick extends AdminViewer {
  deps: AdminDeps;
  client: WebClient;
  /** The request: its workspace as stored now, for forms that start from the workspace's settings. */
  request: TouchbaseContext;
  view: { id: string; hash: string; private_metadata: string };
  /** The modal's pages now, and what a form pushed over it carries to redraw it when it closes. */
  under: AdminFormState;
}

/**
 * What a click in the admin modal comes to: a form pushed over the modal, the modal redrawn
 * (on other pages, or saying what was done), or nothing (a menu value we do not know).
 */
export type AdminAnswer = { push: ModalView } | { pages?: Partial<AdminPages>; notice?: AdminNotice } | null;

/**
 * The one shape of every button and menu of the admin modal: acknowledge, work out the
 * answer (the domain re-checks that the user is still an admin), then push the form or
 * redraw the modal. A refusal is shown in the modal (problemNotice), or in place of it for
 * someone who is no longer an admin.
 */
export function adminClick<Args extends AdminClickArgs>(
  deps: AdminDeps,
  answer: (click: AdminClick, args: Args) => Promise<AdminAnswer>,
) {
  return async (args: Args): Promise<void> => {
    const { ack, body, client, context } = args;
    await ack();
    if (!body.view) return;
    const request = touchbase(context);
    const view = body.view;
    const click: AdminClick = {
      deps,
      client,
      request,
      viewer: request.viewer,
      m: request.m,
      view,
      under: { ...adminPagesOf(view.private_metadata), listViewId: view.id, listHash: view.hash },
    };
    try {
      const answered = await answer(click, args);
      if (!answered) return;
      if ('push' in answered) await openModal(modalTrigger(args), answered.push, 'push');
      else await redrawClicked(click, { ...click.under, ...answered.pages }, answered.notice);
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}

/**
 * Someone who is no longer an admin gets the refusal in place of the modal; any other
 * refusal (last active type, a team gone meanwhile) is shown at the top of the modal.
 */
async function showRefusal(click: AdminClick, error: unknown): Promise<void> {
  if (isAdminRefusal(error)) {
    await click.client.views.update({ view_id: click.view.id, view: adminRefusalModal(click.m) });
    return;
  }
  if (!(error instanceof AppError)) throw error;
  try {
    await redrawClicked(click, click.under, problemNotice(error.userMessage(click.m)));
  } catch (redrawError) {
    if (!isAdminRefusal(redrawError)) throw redrawError;
    await click.client.views.update({ view_id: click.view.id, view: adminRefusalModal(click.m) });
  }
}

function redrawClicked(click: AdminClick, pages: AdminPages, notice: AdminNotice | undefined): Promise<void> {
  return redrawAdminModal(click.client, { viewId: click.view.id, hash: click.view.hash }, () =>
    currentAdminModal(click.deps, click, { ...pages, notice }),
  );
}
