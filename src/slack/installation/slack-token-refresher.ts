import type { WebClient } from '@slack/web-api';
import { RefreshRefused, type TokenRefresher } from '../../domain/installations/refresh-tokens';

/** Answers with which Slack says the refresh token itself is no good. */
const DEAD = new Set([
  'invalid_refresh_token',
  'invalid_grant',
  'token_revoked',
  'account_inactive',
  'invalid_auth',
]);

/** oauth.v2.access with grant_type=refresh_token, with the app's credentials (no bot token). */
export class SlackTokenRefresher implements TokenRefresher {
  constructor(
    private readonly client: WebClient,
    private readonly app: { clientId: string; clientSecret: string },
  ) {}

  async refresh(refreshToken: string) {
    try {
      const answer = await this.client.oauth.v2.access({
        client_id: this.app.clientId,
        client_secret: this.app.clientSecret,
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      });
      if (!answer.access_token || !answer.refresh_token || !answer.expires_in)
        throw new RefreshRefused('oauth.v2.access answered without a new token');
      return {
        botToken: answer.access_token,
        refreshToken: answer.refresh_token,
        expiresInSeconds: answer.expires_in,
      };
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code && DEAD.has(code)) throw new RefreshRefused(`Slack refused the refresh: ${code}`);
      throw error;
    }
  }
}
