import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
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
    const user = await acknowledgedBy({ ack, context });
    if (!body.view) return;
    await redrawForm(deps, client, { user, view: body.view, change: (values) => ({ values }) });
  };
}
