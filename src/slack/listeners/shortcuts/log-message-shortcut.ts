import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { touchbase } from '../../request-context';
import { noticeModal } from '../../views/notice-modal';
import { actingUser } from '../activities/acting-user';
import { openLogForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';
import { notesFromMessage } from './message-notes';

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** The message's permalink, or none when Slack will not give one (the form still opens). */
async function permalinkOf(client: WebClient, shortcut: MessageShortcut): Promise<string | null> {
  try {
    const answer = await client.chat.getPermalink({
      channel: shortcut.channel.id,
      message_ts: shortcut.message_ts,
    });
    return answer.permalink ?? null;
  } catch {
    return null;
  }
}

/**
 * *Log as activity* on a message: the form with the message as notes, and the
 * message's link kept with the activity. The trigger id lives 3 seconds, so the
 * link is asked for while nothing else waits.
 */
export function logMessageShortcut(deps: ListenerDeps) {
  return async ({ shortcut, ack, client, context, logger }: Args) => {
    await ack();
    const user = actingUser(context);
    if (!user) {
      const { m } = touchbase(context);
      await client.views.open({ trigger_id: shortcut.trigger_id, view: noticeModal(m, m.errors.generic) });
      return;
    }
    const permalink = await permalinkOf(client, shortcut);
    if (!permalink) logger.info(`no permalink for message ${shortcut.message_ts} in ${shortcut.channel.id}`);
    await openLogForm(deps, client, shortcut.trigger_id, user, {
      channelId: shortcut.channel.id,
      prefill: { notes: notesFromMessage(shortcut.message.text) },
      permalink,
    });
  };
}
