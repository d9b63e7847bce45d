import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { touchbase } from '../../request-context';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { teamForm } from '../../views/admin/team-forms';
import { decodeTeamsPage } from '../../views/admin/team-metadata';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, showRefusal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Add team* opens the empty team form on top of the admin modal, for admins only. */
export function teamAddButton(deps: AdminDeps) {
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
        view: teamForm(m, null, {
          page: decodeHomeState(metadata).page,
          teamsPage: decodeTeamsPage(metadata),
          listViewId: body.view.id,
          listHash: body.view.hash,
        }),
      });
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}
