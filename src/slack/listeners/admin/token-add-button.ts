import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { touchbase } from '../../request-context';
import { createTokenForm } from '../../views/admin/token-forms';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, showRefusal } from './answer-in-admin-modal';
import { tokenFormStateOf } from './token-list-redraw';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Create token* opens the token form on top of the admin modal, for admins only. */
export function tokenAddButton(deps: AdminDeps) {
  return async ({ ack, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    if (!body.view) return;
    const { viewer, m } = touchbase(context);
    const click: AdminModalClick = { deps, client, viewer, m, view: body.view };
    try {
      requireAdmin(viewer);
      await client.views.push({
        trigger_id: body.trigger_id,
        view: createTokenForm(m, tokenFormStateOf(body.view)),
      });
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}
