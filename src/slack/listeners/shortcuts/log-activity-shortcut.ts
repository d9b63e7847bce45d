import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { acknowledgedBy } from '../acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';

/** The *Log activity* shortcut (⚡ menu): the same form as `/activity`. */
export function logActivityShortcut(deps: ListenerDeps) {
  return async (args: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    const user = await acknowledgedBy(args);
    await openLogForm(deps, modalTrigger(args), { user });
  };
}
