import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { AppError } from '../../../domain/app-error';
import { touchbase } from '../../request-context';
import { decodeFormState, type ItemKey } from '../../views/admin/admin-metadata';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps, AdminViewer } from './admin-screen';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * *Delete*, *Revoke*, *Erase* in a confirmation pushed over the admin modal: `confirm` does it
 * to the item the confirmation is about and says what was done. The confirmation has no
 * input to put a message next to, so a refusal (the item gone meanwhile) is reported at the
 * top of the admin modal instead; someone no longer an admin sees the refusal in its place.
 */
export function adminConfirmation(
  deps: AdminDeps,
  item: ItemKey,
  confirm: (who: AdminViewer, itemId: number) => Promise<AdminNotice>,
) {
  return async ({ ack, view, client, context }: SubmissionArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    const form = decodeFormState(view.private_metadata, item);
    let notice: AdminNotice;
    try {
      notice = await confirm({ viewer, m }, form[item] ?? 0);
    } catch (error) {
      if (isAdminRefusal(error)) return ack({ response_action: 'update', view: adminRefusalModal(m) });
      if (!(error instanceof AppError)) throw error;
      notice = problemNotice(error.userMessage(m));
    }
    await ack();
    await redrawAdminList(deps, { client, context, view }, { form, notice });
  };
}
