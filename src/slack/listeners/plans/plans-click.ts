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
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import { adminPagesOf } from '../../views/admin/admin-metadata';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { type PlansState, plansModal, plansStateOf } from '../../views/plans/plans-modal';
import type { AdminDeps } from '../admin/admin-screen';
import { currentAdminModal, redrawAdminModal } from '../admin/admin-screen';

type ClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction | OverflowAction>> & AllMiddlewareArgs;

/** A click in the plans modal: who clicked, and where the modal is. */
export interface PlansClick {
  viewer: Viewer | null;
  m: Messages;
  /** What a form pushed over the modal carries, to redraw it when it closes. */
  under: PlansState & { listViewId: string; listHash: string };
}

export type PlansAnswer = { push: ModalView } | { page?: number; notice?: AdminNotice } | null;

/** The plans modal as the viewer may see it now, on `page` with `notice` on top (admins only). */
export async function currentPlansModal(
  deps: AdminDeps,
  { viewer, m }: { viewer: Viewer | null; m: Messages },
  {
    page,
    notice,
    admin,
  }: { page: number; notice?: AdminNotice; admin?: { viewId?: string; metadata?: string } },
): Promise<ModalView> {
  return plansModal(m, { plans: await deps.plans.list.execute(viewer), page, notice, admin });
}

/**
 * After a plan changed: the admin modal under the plans modal drawn again on its own pages,
 * so its Plans line names the plans as they are. Best effort: the plans modal already says
 * what was done, and someone no longer an admin sees the refusal there.
 */
export async function refreshAdminUnder(
  deps: AdminDeps,
  {
    client,
    who,
    state,
  }: { client: WebClient; who: { viewer: Viewer | null; m: Messages }; state: PlansState },
): Promise<void> {
  if (!state.adminViewId) return;
  try {
    await client.views.update({
      view_id: state.adminViewId,
      view: await currentAdminModal(deps, who, adminPagesOf(state.adminMetadata)),
    });
  } catch (error) {
    if (!isAdminRefusal(error) && !(error instanceof Error && 'data' in error)) throw error;
  }
}

/** Redraws the plans modal `viewId`; someone no longer an admin sees the refusal in its place. */
export async function redrawPlans(
  deps: AdminDeps,
  {
    client,
    who,
    target,
  }: {
    client: WebClient;
    who: { viewer: Viewer | null; m: Messages };
    target: {
      viewId: string;
      hash?: string;
      page: number;
      notice?: AdminNotice;
      admin?: { viewId?: string; metadata?: string };
    };
  },
): Promise<void> {
  try {
    await redrawAdminModal(client, { viewId: target.viewId, hash: target.hash }, () =>
      currentPlansModal(deps, who, { page: target.page, notice: target.notice, admin: target.admin }),
    );
  } catch (error) {
    if (!isAdminRefusal(error)) throw error;
    await client.views.update({ view_id: target.viewId, view: adminRefusalModal(who.m) });
  }
}

/**
 * The one shape of the plans modal's buttons and menus (like the admin modal's adminClick):
 * acknowledge, work out the answer (the domain re-checks the admin), then push a form or
 * redraw the modal; a refusal is shown on top of the modal.
 */
export function plansClick<Args extends ClickArgs>(
  deps: AdminDeps,
  answer: (click: PlansClick, args: Args) => Promise<PlansAnswer>,
) {
  return async (args: Args): Promise<void> => {
    const { ack, body, client, context } = args;
    await ack();
    if (!body.view) return;
    const { viewer, m } = touchbase(context);
    const view = body.view;
    const state = plansStateOf(view.private_metadata);
    const click: PlansClick = {
      viewer,
      m,
      under: { ...state, listViewId: view.id, listHash: view.hash },
    };
    const admin = { viewId: state.adminViewId, metadata: state.adminMetadata };
    const target = { viewId: view.id, hash: view.hash, page: state.plansPage, admin };
    try {
      const answered = await answer(click, args);
      if (!answered) return;
      if ('push' in answered) await openModal(modalTrigger(args), answered.push, 'push');
      else {
        await redrawPlans(deps, {
          client,
          who: click,
          target: { ...target, page: answered.page ?? target.page, notice: answered.notice },
        });
        if (answered.notice) await refreshAdminUnder(deps, { client, who: click, state });
      }
    } catch (error) {
      if (isAdminRefusal(error)) {
        await client.views.update({ view_id: view.id, view: adminRefusalModal(m) });
        return;
      }
      if (!(error instanceof AppError)) throw error;
      await redrawPlans(deps, {
        client,
        who: click,
        target: { ...target, notice: problemNotice(error.userMessage(m)) },
      });
    }
  };
}
