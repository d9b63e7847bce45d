import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { actingUser } from '../activities/acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';

/** *Log activity* on App Home: the same form as `/activity`; the saved card then goes to the app's DM. */
export function homeLogButton(deps: ListenerDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const user = actingUser(args.context);
    if (!user) return;
    await openLogForm(deps, modalTrigger(args), user);
  };
}
