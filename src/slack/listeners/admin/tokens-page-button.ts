import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { decodeTokenFormState } from '../../views/admin/token-ids';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';
import { showRefusal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Previous tokens* / *More tokens*; the button carries the page to show, the other lists keep theirs. */
export function tokensPageButton(deps: AdminDeps) {
  return async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    if (!body.view) return;
    const { viewer, m } = touchbase(context);
    const view = body.view;
    const requested = Number.parseInt(action.value ?? '', 10);
    const tokensPage = Number.isInteger(requested) && requested >= 0 ? requested : 0;
    const { page, teamsPage } = decodeTokenFormState(view.private_metadata);
    try {
      await redrawAdminModal(client, { viewId: view.id, hash: view.hash }, () =>
        currentAdminModal(deps, viewer, m, page, undefined, teamsPage, tokensPage),
      );
    } catch (error) {
      await showRefusal({ deps, client, viewer, m, view }, error);
    }
  };
}
