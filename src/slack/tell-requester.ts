import type { WebClient } from '@slack/web-api';
import { tellUser } from './listeners/contacts/tell-user';
import type { LooseSlackBody } from './loose-body';
import { plainMessage } from './views/activities/activity-card';

/** Where a Slack request came from, as far as telling its user something goes. */
export interface Requester {
  userId?: string;
  channelId?: string;
  responseUrl?: string;
}

/** The user, channel and response URL of any request body (command, action, shortcut, view). */
export function requesterOf(body: unknown): Requester {
  const b = (body ?? {}) as LooseSlackBody;
  return {
    userId: b.user_id ?? b.user?.id,
    channelId: b.channel_id ?? b.channel?.id ?? b.container?.channel_id,
    responseUrl: b.response_url,
  };
}

/**
 * Tells the user something only they see, when the request's own answer is spent:
 * through its response_url, else ephemerally in its channel, else in their DM with
 * the app (App Home buttons and global shortcuts have neither).
 */
export async function tellRequester(client: WebClient, requester: Requester, text: string): Promise<void> {
  if (requester.responseUrl) {
    const answered = await fetch(requester.responseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
  }
  if (!requester.userId) return;
  await tellUser(client, { userId: requester.userId, channel: requester.channelId }, plainMessage(text));
}
