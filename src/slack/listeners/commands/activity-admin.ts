import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import { type AdminDeps, currentAdminModal } from '../admin/admin-screen';

/**
 * `/activity admin`: the admin modal for admins; everyone else gets a polite ephemeral
 * refusal in their language and nothing opens. The /activity router calls
 * `activityAdminCommand(deps)(args)`.
 */
export function activityAdminCommand(deps: AdminDeps) {
  return async (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const { ack, context } = args;
    const { viewer, m } = touchbase(context);
    let view: Awaited<ReturnType<typeof currentAdminModal>>;
    try {
      view = await currentAdminModal(deps, viewer, m, 0);
    } catch (error) {
      if (!isAdminRefusal(error)) throw error;
      await ack({ response_type: 'ephemeral', text: error.userMessage(m) });
      return;
    }
    await ack();
    await openModal(modalTrigger(args), view);
  };
}
