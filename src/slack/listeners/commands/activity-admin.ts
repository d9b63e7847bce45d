import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import { FIRST_PAGES } from '../../views/admin/admin-metadata';
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
    // Refused (not an admin): the Slack error path answers the command ephemerally.
    const view = await currentAdminModal(deps, { viewer, m }, FIRST_PAGES);
    await ack();
    await openModal(modalTrigger(args), view);
  };
}
