import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';
import { showRefusal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Previous teams* / *Next teams*; the button carries the page to show, the types keep theirs. */
export function teamsPageButton(deps: AdminDeps) {
  return async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    if (!body.view) return;
    const { viewer, m } = touchbase(context);
    const view = body.view;
    const requested = Number.parseInt(action.value ?? '', 10);
    const teamsPage = Number.isInteger(requested) && requested >= 0 ? requested : 0;
    const typesPage = decodeHomeState(view.private_metadata).page;
    try {
      await redrawAdminModal(client, { viewId: view.id, hash: view.hash }, () =>
        currentAdminModal(deps, viewer, m, typesPage, undefined, teamsPage),
      );
    } catch (error) {
      await showRefusal({ deps, client, viewer, m, view }, error);
    }
  };
}
