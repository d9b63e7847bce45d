import type { App } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Env } from '../config/env';
import { installModeOf } from '../config/env';
import type { Database } from '../db/database';
import { InstallationRepository } from '../db/repositories/installation-repository';
import { OAuthStateRepository } from '../db/repositories/oauth-state-repository';
import { WorkspaceLifecycleRepository } from '../db/repositories/workspace-lifecycle-repository';
import type { Clock } from '../domain/clock';
import { CachedInstallations } from '../domain/installations/cached-installations';
import { GrantTeamAccess } from '../domain/installations/grant-team-access';
import type { Installation, InstallationQuery, Register } from '../domain/installations/installation';
import type { WorkspaceLifecycle } from '../domain/installations/installation-ports';
import { InstallationService } from '../domain/installations/installation-service';
import { RefreshTokens } from '../domain/installations/refresh-tokens';
import { RevokeTeamAccess } from '../domain/installations/revoke-team-access';
import { TokenCipher } from '../domain/installations/token-cipher';
import { EraseUninstalledWorkspaces, UninstallWorkspace } from '../domain/installations/uninstall-workspace';
import type { Workspace } from '../domain/workspaces/workspace';
import type { WorkspaceService } from '../domain/workspaces/workspace-service';
import { createTokenRefreshJob } from '../jobs/token-refresh-job';
import { createWorkspaceErasureJob } from '../jobs/workspace-erasure-job';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { type InstallerSetup, slackClientOptions } from '../slack/bolt-app';
import { BOT_SCOPES } from '../slack/installation/bot-scopes';
import { databaseInstallationStore } from '../slack/installation/installation-store';
import { registerLifecycleListeners } from '../slack/installation/lifecycle-listeners';
import { SlackTokenRefresher } from '../slack/installation/slack-token-refresher';
import { databaseStateStore } from '../slack/installation/state-store';
import type { TokenFor } from '../slack/slack-profile-source';
import { WorkspaceClients } from './workspace-clients';

/** Where a request comes from, as Bolt read it from the payload. */
export type RequestOrigin = InstallationQuery;

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
   * The register a request acts in, or undefined to refuse it: in one-workspace mode only the
   * workspace the token serves (named at start); in distributed mode the request's own, which
   * Bolt has already found an install for, or its organization's shared register (product §10.4).
   */
  servedRegister(request: RequestOrigin): Promise<Register | undefined>;
  /** One-workspace mode: that workspace; distributed: none. */
  homeTeamId(): string | undefined;
  /** One-workspace mode: the workspace auth.test named at start. */
  serveOnly(teamId: string): void;
  /** The workspaces jobs work for: the one served, or every installed one. */
  servedWorkspaces(): Promise<Workspace[]>;
  installations?: InstallationService;
  /**
   * Distributed mode: uninstalls, an org-wide app removed from or added back to workspaces, and
   * the erasure of what they leave after the grace period.
   */
  lifecycle?: {
    uninstall: UninstallWorkspace;
    revokeTeamAccess: RevokeTeamAccess;
    grantTeamAccess: GrantTeamAccess;
    erase: EraseUninstalledWorkspaces;
  };
  /** Distributed mode: token rotation (refreshed under a claim, one replica at a time). */
  rotation?: RefreshTokens;
}

/**
 * Distributed mode's lifecycle in the running app: the uninstall events and the nightly erasure
 * job. None in one-workspace mode, where the operator's token decides (README "Uninstalling").
 */
export function serveLifecycle(deps: { app: App; installs: Installs; logger: Logger; metrics: Metrics }) {
  const { lifecycle, rotation } = deps.installs;
  if (!lifecycle || !rotation) return undefined;
  registerLifecycleListeners(deps.app, { ...lifecycle, logger: deps.logger });
  return {
    erasure: createWorkspaceErasureJob({
      erase: lifecycle.erase,
      logger: deps.logger,
      metrics: deps.metrics,
    }),
    tokenRefresh: createTokenRefreshJob({ refresh: rotation, logger: deps.logger, metrics: deps.metrics }),
  };
}

/**
 * Clients for work outside a Slack request: one per installed workspace with its token (with
 * one bot token, one client with that token).
 */
export function workspaceClients(
  installs: Installs,
  options: WebClientOptions,
): { clientFor: (slackTeamId: string) => Promise<WebClient> } {
  const clients = new WorkspaceClients({ tokenFor: installs.tokenFor, options });
  return { clientFor: (slackTeamId) => clients.clientFor(slackTeamId) };
}

export function createInstalls(deps: {
  env: Env;
  database: Database;
  workspaces: WorkspaceService;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
}): Installs {
  const mode = installModeOf(deps.env);
  if (mode.kind === 'single') {
    let served = '';
    return {
      kind: 'single',
      tokenFor: async () => mode.botToken,
      servedRegister: async ({ teamId, enterpriseId }) =>
        served !== '' && (teamId ?? enterpriseId) === served
          ? { slackTeamId: served, enterpriseId: null }
          : undefined,
      homeTeamId: () => served || undefined,
      serveOnly(teamId) {
        served = teamId;
      },
      servedWorkspaces: async () => (served ? [await deps.workspaces.bySlackTeamId(served)] : []),
    };
  }
  const log = deps.logger.child({ component: 'installs' });
  // Tokens are read from memory after the first time (each digest and request needs one);
  // every install, uninstall and rotation through here forgets them.
  const repository = new CachedInstallations(
    new InstallationRepository(deps.database.prisma, new TokenCipher(mode.encryptionKey)),
    deps.clock,
  );
  const countNeedingReinstall = async () =>
    deps.metrics.installsNeedingReinstall.set((await repository.needingReinstall()).length);
  const rotation = new RefreshTokens({
    installations: repository,
    refresher: new SlackTokenRefresher(
      new WebClient(undefined, slackClientOptions(deps.env, deps.metrics, { retries: 2 })),
      { clientId: mode.clientId, clientSecret: mode.clientSecret },
    ),
    clock: deps.clock,
    observe: (outcome, key) => {
      deps.metrics.tokenRefreshes.inc({ outcome });
      if (outcome === 'refused') {
        log.warn(
          { install: key },
          'Slack refused to refresh a bot token: that workspace must install Touchbase again',
        );
        void countNeedingReinstall().catch(() => undefined);
      }
    },
  });
  const installations = new InstallationService(repository, rotation);
  const lifecycle = new WorkspaceLifecycleRepository(deps.database.prisma);
  const retentionDays = deps.env.UNINSTALL_RETENTION_DAYS;
  return {
    kind: 'distributed',
    installations,
    rotation,
    lifecycle: {
      uninstall: new UninstallWorkspace({ installations, lifecycle, clock: deps.clock, retentionDays }),
      revokeTeamAccess: new RevokeTeamAccess({ installations, lifecycle, clock: deps.clock, retentionDays }),
      grantTeamAccess: new GrantTeamAccess({ installations, lifecycle }),
      erase: new EraseUninstalledWorkspaces({ lifecycle, clock: deps.clock, retentionDays }),
    },
    installer: {
      clientId: mode.clientId,
      clientSecret: mode.clientSecret,
      scopes: BOT_SCOPES,
      installationStore: databaseInstallationStore({
        installations,
        onInstalled: async (installation) => {
          // A reinstall within the grace period: everything is where it was.
          const registers = await registersInstalled({
            installation,
            workspaces: deps.workspaces,
            lifecycle,
          });
          for (const slackTeamId of registers) {
            await lifecycle.markReinstalled(slackTeamId);
          }
          await countNeedingReinstall();
          // Ids only: a token never reaches the log.
          log.info(
            {
              teamId: installation.teamId,
              enterpriseId: installation.enterpriseId,
              sharedRegister: installation.sharedRegister,
            },
            'Touchbase was installed',
          );
        },
      }),
      stateStore: databaseStateStore({
        states: new OAuthStateRepository(deps.database.prisma),
        stateSecret: mode.stateSecret,
        clock: deps.clock,
      }),
    },
    async tokenFor(teamId) {
      // A workspace of an Enterprise Grid organization (or its shared register) may be served by
      // the organization's install: the register knows which organization it belongs to.
      const found =
        (await installations.find({ teamId })) ??
        (await installations.find({
          teamId,
          enterpriseId: (await deps.workspaces.enterpriseOf(teamId)) ?? undefined,
        }));
      if (!found) throw new Error(`Touchbase is not installed in workspace ${teamId}`);
      return found.botToken;
    },
    async servedRegister(request) {
      // Outside Enterprise Grid a request acts in its own workspace, with no lookup of its own.
      if (!request.enterpriseId)
        return request.teamId ? { slackTeamId: request.teamId, enterpriseId: null } : undefined;
      return installations.registerOf(request);
    },
    homeTeamId: () => undefined,
    serveOnly() {},
    async servedWorkspaces() {
      const teamIds = await installations.installedTeamIds();
      const own = await Promise.all(teamIds.map((teamId) => deps.workspaces.bySlackTeamId(teamId)));
      // Org-wide installs serve the registers their organization's requests created.
      const ofOrganizations = await deps.workspaces.inService(await installations.installedEnterpriseIds());
      const seen = new Set(own.map((workspace) => workspace.id));
      return [...own, ...ofOrganizations.filter((workspace) => !seen.has(workspace.id))];
    },
  };
}

/**
 * The registers an install (re)starts serving: a workspace's own; an organization's shared
 * register; or, org-wide with a register per workspace, those its workspaces already have (the
 * others are created when their first request comes), except those of workspaces an admin removed
 * the app from: installing again does not add it back to them (`team_access_granted` does).
 */
async function registersInstalled(input: {
  installation: Installation;
  workspaces: WorkspaceService;
  lifecycle: WorkspaceLifecycle;
}): Promise<string[]> {
  const { installation, workspaces } = input;
  const { teamId, teamName, enterpriseId, enterpriseName } = installation;
  if (!installation.isEnterpriseInstall && teamId) {
    await workspaces.ensure(teamId, teamName ?? teamId, enterpriseId);
    return [teamId];
  }
  if (!enterpriseId) return [];
  if (installation.sharedRegister) {
    await workspaces.ensure(enterpriseId, enterpriseName ?? enterpriseId, enterpriseId);
    return [enterpriseId];
  }
  const removed = new Set(await input.lifecycle.removedFromTheirWorkspace(enterpriseId));
  const registers = await workspaces.ofEnterprise(enterpriseId);
  return registers
    .map((register) => register.slackTeamId)
    .filter((slackTeamId) => slackTeamId !== enterpriseId && !removed.has(slackTeamId));
}
