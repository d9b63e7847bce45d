import type { WebClient, WebClientOptions } from '@slack/web-api';
import type { Env } from '../config/env';
import { installModeOf } from '../config/env';
import type { Database } from '../db/database';
import { InstallationRepository } from '../db/repositories/installation-repository';
import { OAuthStateRepository } from '../db/repositories/oauth-state-repository';
import type { Clock } from '../domain/clock';
import { InstallationService } from '../domain/installations/installation-service';
import { TokenCipher } from '../domain/installations/token-cipher';
import type { Workspace } from '../domain/workspaces/workspace';
import type { WorkspaceService } from '../domain/workspaces/workspace-service';
import type { Logger } from '../observability/logger';
import type { InstallerSetup } from '../slack/bolt-app';
import { BOT_SCOPES } from '../slack/installation/bot-scopes';
import { databaseInstallationStore } from '../slack/installation/installation-store';
import { databaseStateStore } from '../slack/installation/state-store';
import type { TokenFor } from '../slack/slack-profile-source';
import { WorkspaceClients } from './workspace-clients';

/**
 * How Touchbase reaches Slack for each workspace, in either way to run (README "Two ways to
 * run"): one workspace with SLACK_BOT_TOKEN, or many installed through OAuth, each with its
 * own token from the installation store.
 */
export interface Installs {
  kind: 'single' | 'distributed';
  /** Distributed mode: what Bolt needs to serve /slack/install and /slack/oauth_redirect. */
  installer?: InstallerSetup;
  /** The bot token acting in this workspace; throws when Touchbase is not installed there. */
  tokenFor: TokenFor;
  /**
   * The workspace a request acts in, or undefined to refuse it: in one-workspace mode only the
   * workspace the token serves (named at start); in distributed mode the request's own, which
   * Bolt has already found an install for.
   */
  servedTeamId(requestTeamId: string | undefined): string | undefined;
  /** One-workspace mode: that workspace; distributed: none. */
  homeTeamId(): string | undefined;
  /** One-workspace mode: the workspace auth.test named at start. */
  serveOnly(teamId: string): void;
  /** The workspaces jobs work for: the one served, or every installed one. */
  servedWorkspaces(): Promise<Workspace[]>;
  installations?: InstallationService;
}

/**
 * Clients for work outside a Slack request: with one bot token the app's own client, else one
 * per installed workspace with its token.
 */
export function workspaceClients(
  installs: Installs,
  appClient: WebClient,
  options: WebClientOptions,
): { clientFor: (slackTeamId: string) => Promise<WebClient> } {
  if (installs.kind === 'single') return { clientFor: async () => appClient };
  const clients = new WorkspaceClients({ tokenFor: installs.tokenFor, options });
  return { clientFor: (slackTeamId) => clients.clientFor(slackTeamId) };
}

export function createInstalls(deps: {
  env: Env;
  database: Database;
  workspaces: WorkspaceService;
  clock: Clock;
  logger: Logger;
}): Installs {
  const mode = installModeOf(deps.env);
  if (mode.kind === 'single') {
    let served = '';
    return {
      kind: 'single',
      tokenFor: async () => mode.botToken,
      servedTeamId: (teamId) => (teamId !== undefined && teamId === served ? served : undefined),
      homeTeamId: () => served || undefined,
      serveOnly(teamId) {
        served = teamId;
      },
      servedWorkspaces: async () => (served ? [await deps.workspaces.bySlackTeamId(served)] : []),
    };
  }
  const installations = new InstallationService(
    new InstallationRepository(deps.database.prisma, new TokenCipher(mode.encryptionKey)),
  );
  const log = deps.logger.child({ component: 'installs' });
  return {
    kind: 'distributed',
    installations,
    installer: {
      clientId: mode.clientId,
      clientSecret: mode.clientSecret,
      scopes: BOT_SCOPES,
      installationStore: databaseInstallationStore({
        installations,
        onInstalled: async (workspace) => {
          if (workspace) await deps.workspaces.ensure(workspace.teamId, workspace.teamName);
          // Ids only: a token never reaches the log.
          log.info({ teamId: workspace?.teamId ?? null }, 'Touchbase was installed');
        },
      }),
      stateStore: databaseStateStore({
        states: new OAuthStateRepository(deps.database.prisma),
        stateSecret: mode.stateSecret,
        clock: deps.clock,
      }),
    },
    async tokenFor(teamId) {
      const found = await installations.find({ teamId });
      if (!found) throw new Error(`Touchbase is not installed in workspace ${teamId}`);
      return found.botToken;
    },
    servedTeamId: (teamId) => teamId,
    homeTeamId: () => undefined,
    serveOnly() {},
    async servedWorkspaces() {
      const teamIds = await installations.installedTeamIds();
      return Promise.all(teamIds.map((teamId) => deps.workspaces.bySlackTeamId(teamId)));
    },
  };
}
