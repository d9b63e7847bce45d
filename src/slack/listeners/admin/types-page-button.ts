import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import type { AdminDeps } from './admin-screen';
import { answerInAdminModal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Previous* / *Next* under a long list of types; the button carries the page to show. */
export function typesPageButton(deps: AdminDeps) {
  return async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    if (!body.view) return;
    const { viewer, m } = touchbase(context);
    const page = Number.parseInt(action.value ?? '', 10);
    await answerInAdminModal(
      { deps, client, viewer, m, view: body.view },
      async () => undefined,
      Number.isInteger(page) && page >= 0 ? page : 0,
    );
  };
}
