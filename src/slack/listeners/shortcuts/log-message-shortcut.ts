import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { acknowledgedBy } from '../acting-user';
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
  return async (args: Args) => {
    const { shortcut } = args;
    const user = await acknowledgedBy(args);
    await openLogForm(deps, modalTrigger(args), {
      user,
      channelId: shortcut.channel.id,
      prefill: { notes: notesFromMessage(shortcut.message.text) },
      message: { channel: shortcut.channel.id, ts: shortcut.message_ts },
    });
  };
}
