import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import { revokeTokenForm } from '../../views/admin/token-forms';
import { parseTokenMenuValue } from '../../views/admin/token-ids';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, showRefusal } from './answer-in-admin-modal';
import { tokenFormStateOf } from './token-form-state';

type TokenMenuArgs = SlackActionMiddlewareArgs<BlockAction<OverflowAction>> & AllMiddlewareArgs;

/**
 * A token's overflow menu: *Revoke…* asks first. The token is read afresh, so one revoked
 * meanwhile (or a user no longer admin) gets a notice in place of the question.
 */
export function tokenMenuAction(deps: AdminDeps) {
  return async (args: TokenMenuArgs): Promise<void> => {
    const { ack, action, body, client, context } = args;
    await ack();
    const chosen = parseTokenMenuValue(action.selected_option.value);
    if (!body.view || !chosen) return;
    const { viewer, m } = touchbase(context);
    const click: AdminModalClick = { deps, client, viewer, m, view: body.view };
    try {
      requireAdmin(viewer);
      const token = await deps.apiTokens.find(viewer, chosen.tokenId);
      await openModal(modalTrigger(args), revokeTokenForm(m, token, tokenFormStateOf(body.view)), 'push');
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}
