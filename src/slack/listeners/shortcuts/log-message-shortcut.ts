import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { modalTrigger, openModal } from '../../open-modal';
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
  return async (args: Args) => {
    const { shortcut, ack, client, context, logger } = args;
    await ack();
    const trigger = modalTrigger(args);
    const user = actingUser(context);
    if (!user) {
      await openModal(trigger, noticeModal(trigger.m, trigger.m.errors.generic));
      return;
    }
    const permalink = await permalinkOf(client, shortcut);
    if (!permalink) logger.info(`no permalink for message ${shortcut.message_ts} in ${shortcut.channel.id}`);
    await openLogForm(deps, trigger, user, {
      channelId: shortcut.channel.id,
      prefill: { notes: notesFromMessage(shortcut.message.text) },
      permalink,
    });
  };
}
