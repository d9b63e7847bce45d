import { WebClient, type WebClientOptions } from '@slack/web-api';

/**
 * A Web API client per workspace, for work outside a Slack request (the REST API's notices and
 * Home redraws): the workspace's own token, the shared options. A client is kept per workspace
 * and replaced when its token changes (a reinstall, a rotation).
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
    const client = new WebClient(token, this.deps.options);
    this.clients.set(slackTeamId, { token, client });
    return client;
  }
}
