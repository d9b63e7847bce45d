import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { AppError } from '../../../domain/app-error';
import { touchbase } from '../../request-context';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { decodeTeamFormState } from '../../views/admin/team-metadata';
import { teamDoneNotice } from '../../views/admin/team-notice';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * *Delete* in the confirmation. The confirmation has no input to put a message next to,
 * so a team that is already gone is reported at the top of the admin modal instead.
 */
export function teamDeleteSubmission(deps: AdminDeps) {
  return async ({ ack, view, client, context }: FormArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    const state = decodeTeamFormState(view.private_metadata);
    let notice: AdminNotice;
    try {
      const deleted = await deps.teamAdmin.delete.execute(viewer, { teamId: state.teamId ?? 0 });
      notice = teamDoneNotice(m, 'deleted', deleted.name);
    } catch (error) {
      if (isAdminRefusal(error)) return ack({ response_action: 'update', view: adminRefusalModal(m) });
      if (!(error instanceof AppError)) throw error;
      notice = problemNotice(error.userMessage(m));
    }
    await ack();
    await redrawAdminList(deps, client, { viewer, m }, state, view.previous_view_id, notice);
  };
}
