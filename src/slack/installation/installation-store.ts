import type { InstallationQuery, InstallationStore, Installation as SlackInstallation } from '@slack/oauth';
import type { Installation } from '../../domain/installations/installation';
import type { InstallationService } from '../../domain/installations/installation-service';
import { asksForSharedRegister } from './install-page';

/**
 * Bolt's installation store over our installs. `onInstalled` runs once an install is saved, with
 * the install as stored (an org-wide one's workspaces arrive with their requests).
 */
export function databaseInstallationStore(deps: {
  installations: InstallationService;
  onInstalled: (installation: Installation) => Promise<void>;
}): InstallationStore {
  return {
    async storeInstallation(installation) {
      const stored = await deps.installations.record(fromSlack(installation));
      await deps.onInstalled(stored);
    },
    async fetchInstallation(query) {
      const found = await deps.installations.find(queryOf(query));
      if (!found) throw new Error(`Touchbase is not installed for ${describe(query)}`);
      return toSlack(found);
    },
    async deleteInstallation(query) {
      await deps.installations.remove(queryOf(query));
    },
  };
}

function queryOf(query: InstallationQuery<boolean>) {
  return {
    teamId: query.teamId ?? undefined,
    enterpriseId: query.enterpriseId ?? undefined,
    isEnterpriseInstall: query.isEnterpriseInstall,
  };
}

function describe(query: InstallationQuery<boolean>): string {
  return [query.teamId && `team ${query.teamId}`, query.enterpriseId && `organization ${query.enterpriseId}`]
    .filter(Boolean)
    .join(' / ');
}

function fromSlack(installation: SlackInstallation<'v1' | 'v2', boolean>): Installation {
  const bot = installation.bot;
  if (!bot) throw new Error('The install gave no bot token: the app must ask for bot scopes');
  return {
    teamId: installation.team?.id ?? null,
    teamName: installation.team?.name ?? null,
    enterpriseId: installation.enterprise?.id ?? null,
    enterpriseName: installation.enterprise?.name ?? null,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
    appId: installation.appId ?? null,
    botId: bot.id ?? null,
    botUserId: bot.userId,
    botScopes: bot.scopes ?? [],
    botToken: bot.token,
    botRefreshToken: bot.refreshToken ?? null,
    botTokenExpiresAt: bot.expiresAt === undefined ? null : new Date(bot.expiresAt * 1000),
    installerUserId: installation.user?.id ?? null,
    needsReinstall: false,
    // Only an org-wide install can share one register across the organization's workspaces.
    sharedRegister: installation.isEnterpriseInstall === true && asksForSharedRegister(installation.metadata),
  };
}

function toSlack(found: Installation): SlackInstallation<'v2', boolean> {
  return {
    team: found.teamId ? { id: found.teamId, name: found.teamName ?? undefined } : undefined,
    enterprise: found.enterpriseId
      ? { id: found.enterpriseId, name: found.enterpriseName ?? undefined }
      : undefined,
    isEnterpriseInstall: found.isEnterpriseInstall,
    appId: found.appId ?? undefined,
    authVersion: 'v2',
    user: { id: found.installerUserId ?? '', token: undefined, scopes: undefined },
    // No refresh token for Bolt: it would refresh on its own, without our lock. The token handed
    // out here was already refreshed under the claim when it was near its expiry (RefreshTokens).
    bot: { id: found.botId ?? '', userId: found.botUserId, scopes: found.botScopes, token: found.botToken },
  } as SlackInstallation<'v2', boolean>;
}
