import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import type { AdminNotice } from '../../views/admin/admin-notice';
import { parseGuestAccessChoice } from '../../views/admin/guest-access-section';
import type { AdminDeps } from './admin-screen';
import { answerInAdminModal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * *Allow* / *Stop allowing* multi-channel guests in the admin modal. The button says
 * what it asks for, so a double click or a stale modal cannot flip the setting back.
 */
export function guestAccessButton(deps: AdminDeps) {
  return async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    const choice = parseGuestAccessChoice(action.value);
    if (!body.view || !choice) return;
    const { viewer, m } = touchbase(context);
    await answerInAdminModal({ deps, client, viewer, m, view: body.view }, async (): Promise<AdminNotice> => {
      await deps.guestAccess.set(viewer, choice === 'admit');
      const done = m.access.admin.done;
      return { tone: 'done', mrkdwn: choice === 'admit' ? done.admitted : done.refused };
    });
  };
}
