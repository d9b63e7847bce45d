import type { WebClient, WebClientOptions } from '@slack/web-api';
import { PreEncodedWebClient } from '../slack/pre-encoded-web-client';

/**
 * A Web API client per workspace, for work outside a Slack request (the REST API's notices and
 * Home redraws): the workspace's own token, the shared options. A client is kept per workspace
 * and replaced when its token changes (a reinstall, a rotation). With one bot token there is one
 * workspace and so one client. They pre-encode Block Kit (PreEncodedWebClient): these calls
 * carry whole App Homes and messages.
 */
export class WorkspaceClients {
  private readonly clients = new Map<string, { token: string; client: WebClient }>();

  constructor(
    private readonly deps: {
      tokenFor: (slackTeamId: string) => Promise<string>;
      options: WebClientOptions;
    },
  ) {}

  async clientFor(slackTeamId: string): Promise<WebClient> {
    const token = await this.deps.tokenFor(slackTeamId);
    const known = this.clients.get(slackTeamId);
    if (known?.token === token) return known.client;
    const client = new PreEncodedWebClient(token, this.deps.options);
    this.clients.set(slackTeamId, { token, client });
    return client;
  }
}
