import type { WebClient } from '@slack/web-api';

/**
 * Whether Touchbase can post the team digest in a channel: conversations.info says
 * `is_member`, and answers `channel_not_found` for a private channel the app is not in.
 * Any other failure (Slack down, a missing scope) is "unknown": the team is saved and
 * nobody is told something that may not be true.
 */
export type ChannelAccess = 'member' | 'not_member' | 'unknown';

export async function channelAccess(client: WebClient, channelId: string): Promise<ChannelAccess> {
  try {
    const answer = await client.conversations.info({ channel: channelId });
    return answer.channel?.is_member ? 'member' : 'not_member';
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    return code === 'channel_not_found' ? 'not_member' : 'unknown';
  }
}
