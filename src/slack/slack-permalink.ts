import type { WebClient } from '@slack/web-api';
import { isSlackPermalink, type MessageReference } from './views/message-link';

export type { MessageReference } from './views/message-link';

/**
 * The message's link as Slack gives it, asked server-side when the activity is
 * saved (never taken from the form's state); null when Slack gives none or an
 * answer that is not a Slack link.
 */
export async function messagePermalink(client: WebClient, message: MessageReference): Promise<string | null> {
  try {
    const answer = await client.chat.getPermalink({ channel: message.channel, message_ts: message.ts });
    return answer.permalink && isSlackPermalink(answer.permalink) ? answer.permalink : null;
  } catch {
    return null;
  }
}
