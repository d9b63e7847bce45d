import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { modalTrigger, openModal } from '../../open-modal';
import { noticeModal } from '../../views/notice-modal';
import { actingUser } from '../activities/acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';

/** The *Log activity* shortcut (⚡ menu): the same form as `/activity`. */
export function logActivityShortcut(deps: ListenerDeps) {
  return async (args: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    await args.ack();
    const trigger = modalTrigger(args);
    const user = actingUser(args.context);
    if (!user) {
      await openModal(trigger, noticeModal(trigger.m, trigger.m.errors.generic));
      return;
    }
    await openLogForm(deps, trigger, user);
  };
}
