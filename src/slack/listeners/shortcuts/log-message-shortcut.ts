import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { noticeModal } from '../../views/notice-modal';
import { actingUser } from '../activities/acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';
import { notesFromMessage } from './message-notes';

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/**
 * *Log as activity* on a message: the form with the message as notes. The form
 * remembers which message it was; the message's link is asked from Slack when
 * the activity is saved, so no link in a form's state is ever trusted.
 */
export function logMessageShortcut(deps: ListenerDeps) {
  return async ({ shortcut, ack, client, context }: Args) => {
    await ack();
    const user = actingUser(context);
    if (!user) {
      const { m } = touchbase(context);
      await client.views.open({ trigger_id: shortcut.trigger_id, view: noticeModal(m, m.errors.generic) });
      return;
    }
    await openLogForm(deps, client, shortcut.trigger_id, user, {
      channelId: shortcut.channel.id,
      prefill: { notes: notesFromMessage(shortcut.message.text) },
      message: { channel: shortcut.channel.id, ts: shortcut.message_ts },
    });
  };
}
