import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { recordFormValues } from './activity-form';
import { formBase } from './form-conflict';
import { redrawForm } from './redraw-form';

/**
 * *Use current values*, offered after a save was refused because someone else saved
 * first: the form is drawn again from the activity as it is now, on its current
 * version, and the user goes on from there.
 */
export function formTakeCurrent(deps: ListenerDeps) {
  return async ({
    ack,
    body,
    client,
    context,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    const user = await acknowledgedBy({ ack, context });
    if (!body.view) return;
    await redrawForm(deps, client, {
      user,
      view: body.view,
      change: (values, _metadata, current) =>
        current
          ? {
              values: recordFormValues(current),
              metadata: { version: current.version, base: formBase(current), changed: undefined },
            }
          : { values },
    });
  };
}
