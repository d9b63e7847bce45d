import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { touchbase } from '../../request-context';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { addTypeForm } from '../../views/admin/type-forms';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, showRefusal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Add type* opens the form on top of the admin modal, for admins only. */
export function addTypeButton(deps: AdminDeps) {
  return async ({ ack, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    if (!body.view) return;
    const { viewer, m } = touchbase(context);
    const click: AdminModalClick = { deps, client, viewer, m, view: body.view };
    try {
      requireAdmin(viewer);
      const page = decodeHomeState(body.view.private_metadata).page;
      await client.views.push({
        trigger_id: body.trigger_id,
        view: addTypeForm(m, { page, listViewId: body.view.id, listHash: body.view.hash }),
      });
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}
