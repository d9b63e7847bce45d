import type { WebClient } from '@slack/web-api';
import type { SlackDirectory } from '../../domain/messages/employee-reference';

/** users.lookupByEmail in the workspace's own directory: null when Slack knows nobody with that address. */
export class SlackUserDirectory implements SlackDirectory {
  constructor(private readonly clientFor: (workspaceId: number) => Promise<WebClient>) {}

  async slackUserIdByEmail(email: string, workspaceId: number): Promise<string | null> {
    try {
      const client = await this.clientFor(workspaceId);
      const { user } = await client.users.lookupByEmail({ email });
      return user?.id ?? null;
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error === 'users_not_found') return null;
      throw error;
    }
  }
}
