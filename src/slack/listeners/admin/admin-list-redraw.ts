import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { touchbase } from '../../request-context';
import type { AdminFormState } from '../../views/admin/admin-metadata';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import type { AdminNotice } from '../../views/admin/admin-notice';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';

/**
 * After a form on top of the admin modal closed: the modal under it (`form.listViewId`, or
 * the view Slack names as the previous one), redrawn on the same pages with what was done
 * — or the refusal, for someone no longer admin.
 */
export async function redrawAdminList(
  deps: AdminDeps,
  submission: Pick<
    SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
    'client' | 'context' | 'view'
  >,
  { form, notice }: { form: AdminFormState; notice: AdminNotice },
): Promise<void> {
  const { client, context, view } = submission;
  const who = touchbase(context);
  const viewId = form.listViewId || view.previous_view_id;
  if (!viewId) return;
  try {
    await redrawAdminModal(client, { viewId, hash: form.listHash }, () =>
      currentAdminModal(deps, who, { ...form, notice }),
    );
  } catch (error) {
    if (!isAdminRefusal(error)) throw error;
    await client.views.update({ view_id: viewId, view: adminRefusalModal(who.m) });
  }
}
