import type { WebClient } from '@slack/web-api';

/** The app's DM channel with a user (opened if needed). */
export async function directMessageChannel(client: WebClient, slackUserId: string): Promise<string> {
  const opened = await client.conversations.open({ users: slackUserId });
  const id = opened.channel?.id;
  if (!id) throw new Error('conversations.open named no channel');
  return id;
}
