import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { acknowledgedBy } from '../acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';

/** *Log activity* on App Home: the same form as `/activity`; the saved card then goes to the app's DM. */
export function homeLogButton(deps: ListenerDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    const user = await acknowledgedBy(args);
    await openLogForm(deps, modalTrigger(args), { user });
  };
}
