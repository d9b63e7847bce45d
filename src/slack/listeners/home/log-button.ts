import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { actingUser } from '../activities/acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';

/** *Log activity* on App Home: the same form as `/activity`; the saved card then goes to the app's DM. */
export function homeLogButton(deps: ListenerDeps) {
  return async ({
    ack,
    body,
    client,
    context,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const user = actingUser(context);
    if (!user) return;
    await openLogForm(deps, client, body.trigger_id, user);
  };
}
