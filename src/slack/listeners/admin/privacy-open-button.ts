import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { touchbase } from '../../request-context';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { privacyChooseForm } from '../../views/admin/privacy-forms';
import { decodeTeamsPage } from '../../views/admin/team-metadata';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, showRefusal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Export or erase a person…* opens the person form on top of the admin modal, for admins only. */
export function privacyOpenButton(deps: AdminDeps) {
  return async ({ ack, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    if (!body.view) return;
    const { viewer, m } = touchbase(context);
    const click: AdminModalClick = { deps, client, viewer, m, view: body.view };
    try {
      requireAdmin(viewer);
      const metadata = body.view.private_metadata;
      await client.views.push({
        trigger_id: body.trigger_id,
        view: privacyChooseForm(m, {
          listViewId: body.view.id,
          listHash: body.view.hash,
          page: decodeHomeState(metadata).page,
          teamsPage: decodeTeamsPage(metadata),
        }),
      });
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}
