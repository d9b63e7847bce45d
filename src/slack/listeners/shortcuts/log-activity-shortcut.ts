import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { noticeModal } from '../../views/notice-modal';
import { actingUser } from '../activities/acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';

/** The *Log activity* shortcut (⚡ menu): the same form as `/activity`. */
export function logActivityShortcut(deps: ListenerDeps) {
  return async ({ shortcut, ack, client, context }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const user = actingUser(context);
    if (!user) {
      const { m } = touchbase(context);
      await client.views.open({ trigger_id: shortcut.trigger_id, view: noticeModal(m, m.errors.generic) });
      return;
    }
    await openLogForm(deps, client, shortcut.trigger_id, user);
  };
}
