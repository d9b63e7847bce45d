import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from '../../views/help-view';

/**
 * Shows the user a message only they see, in the channel they were in. When that
 * is not possible (no channel, or the app is not in it) it goes to their DM.
 */
export async function tellUser(
  client: WebClient,
  where: { userId: string; channel?: string },
  message: SlackMessage,
): Promise<void> {
  if (where.channel) {
    try {
      await client.chat.postEphemeral({ channel: where.channel, user: where.userId, ...message });
      return;
    } catch {
      // Not a member of that channel, or it is gone: the DM below still reaches the user.
    }
  }
  await client.chat.postMessage({ channel: where.userId, ...message });
}

/**
 * Replaces the message a button sat in (ephemeral ones too) through its
 * response_url; false when Slack no longer accepts that URL.
 */
export async function replaceMessage(responseUrl: string, message: SlackMessage): Promise<boolean> {
  try {
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ replace_original: true, ...message }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
