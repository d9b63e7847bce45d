import type { WebClient } from '@slack/web-api';
import type { SlackDirectory } from '../../domain/messages/employee-reference';

/** users.lookupByEmail: null when Slack knows nobody with that address. */
export class SlackUserDirectory implements SlackDirectory {
  constructor(private readonly client: WebClient) {}

  async slackUserIdByEmail(email: string): Promise<string | null> {
    try {
      const { user } = await this.client.users.lookupByEmail({ email });
      return user?.id ?? null;
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error === 'users_not_found') return null;
      throw error;
    }
  }
}
