import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { actingUser } from './acting-user';
import { redrawForm } from './redraw-form';

/**
 * Choosing the person redraws the form so the *Link to organization* checkbox
 * appears exactly when that person belongs to an organization.
 */
export function formPersonChosen(deps: ListenerDeps) {
  return async ({
    ack,
    body,
    client,
    context,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const user = actingUser(context);
    if (!user || !body.view) return;
    await redrawForm(deps, client, user, body.view, (values) => ({ values }));
  };
}
