import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { AppError } from '../../../domain/app-error';
import { touchbase } from '../../request-context';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { decodePrivacyState } from '../../views/admin/privacy-ids';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** *Erase* in the confirmation: the erasure, then the admin modal says what went (counts only). */
export function privacyEraseSubmission(deps: AdminDeps) {
  return async ({ ack, view, client, context }: FormArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    const state = decodePrivacyState(view.private_metadata);
    let notice: AdminNotice;
    try {
      const counts = await deps.privacy.erase.execute({ kind: 'employee', viewer }, state.personId ?? 0);
      notice = { tone: 'done', mrkdwn: m.privacy.erased(counts.activities, counts.historyEntries) };
    } catch (error) {
      if (isAdminRefusal(error)) return ack({ response_action: 'update', view: adminRefusalModal(m) });
      if (!(error instanceof AppError)) throw error;
      notice = problemNotice(error.userMessage(m));
    }
    await ack();
    await redrawAdminList(deps, client, { viewer, m }, state, view.previous_view_id, notice);
  };
}
