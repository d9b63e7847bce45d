import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isAdminRefusal, requireAdmin } from '../../../domain/activity-types/require-admin';
import { AppError } from '../../../domain/app-error';
import { touchbase } from '../../request-context';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { decodeTokenFormState } from '../../views/admin/token-ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * *Revoke* in the confirmation. The API refuses the token from its next request on (the
 * revocation is a database write every replica reads). The confirmation has no input to put
 * a message next to, so a token revoked meanwhile is reported at the top of the admin modal.
 */
export function tokenRevokeSubmission(deps: AdminDeps) {
  return async ({ ack, view, client, context }: FormArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    const state = decodeTokenFormState(view.private_metadata);
    let notice: AdminNotice;
    try {
      requireAdmin(viewer);
      const revoked = await deps.apiTokens.revoke(viewer, state.tokenId ?? 0);
      notice = { tone: 'done', mrkdwn: m.api.tokens.revoked(escapeMrkdwn(revoked.name)) };
    } catch (error) {
      if (isAdminRefusal(error)) return ack({ response_action: 'update', view: adminRefusalModal(m) });
      if (!(error instanceof AppError)) throw error;
      notice = problemNotice(error.userMessage(m));
    }
    await ack();
    await redrawAdminList(deps, client, { viewer, m }, state, view.previous_view_id, notice);
  };
}
