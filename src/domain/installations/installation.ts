/**
 * One install of Touchbase in distributed mode: into a workspace (`teamId`), or org-wide into an
 * Enterprise Grid organization (`isEnterpriseInstall`, `teamId` null), then serving every
 * workspace of the organization the app is added to. Tokens here are plain text: only the
 * repository sees them encrypted.
 */
export interface Installation {
  teamId: string | null;
  teamName: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  isEnterpriseInstall: boolean;
  appId: string | null;
  botId: string | null;
  botUserId: string;
  botScopes: string[];
  botToken: string;
  /** With token rotation on: the token that buys the next bot token, and when this one expires. */
  botRefreshToken: string | null;
  botTokenExpiresAt: Date | null;
  installerUserId: string | null;
  /** A refresh was refused: the tokens are dead until someone installs again. */
  needsReinstall: boolean;
  /**
   * Org-wide installs: the installing admin chose one register for the whole organization
   * (product §10.4); otherwise each workspace keeps its own data.
   */
  sharedRegister: boolean;
}

/** What a request or a job knows about where it is: a team, an organization, or both. */
export interface InstallationQuery {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

/** The unique key of an install: the organization's for an org-wide one, else the workspace's. */
export function installKeyOf(
  install: Pick<Installation, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>,
): string {
  if (install.isEnterpriseInstall && install.enterpriseId) return `E:${install.enterpriseId}`;
  if (install.teamId) return `T:${install.teamId}`;
  throw new Error('An installation names neither its workspace nor its organization');
}

/**
 * Keys to look for, best first: an org-wide install when the request says it is one; the
 * workspace's own install; then the organization's, which serves every workspace of the
 * organization, including one added after the install (an event may carry only enterprise_id).
 */
export function installKeysFor(query: InstallationQuery): string[] {
  const keys: string[] = [];
  if (query.isEnterpriseInstall && query.enterpriseId) keys.push(`E:${query.enterpriseId}`);
  if (query.teamId) keys.push(`T:${query.teamId}`);
  if (query.enterpriseId && !keys.includes(`E:${query.enterpriseId}`)) keys.push(`E:${query.enterpriseId}`);
  return keys;
}

/**
 * The register (Workspace row) a request acts in: its `slackTeamId` is the workspace's team id,
 * or the enterprise id for an organization's shared register; `enterpriseId` names the
 * organization it belongs to (null outside Enterprise Grid).
 */
export interface Register {
  slackTeamId: string;
  enterpriseId: string | null;
}

/**
 * product §10.4: where a request served by `install` keeps its data. An org-wide install with a
 * shared register: the organization's one register, whichever workspace the request came from.
 * Otherwise the request's own workspace, also one added to the organization after the install;
 * undefined when the request names no workspace and the organization has no shared register.
 */
export function registerFor(
  install: Pick<Installation, 'isEnterpriseInstall' | 'enterpriseId' | 'sharedRegister'>,
  request: { teamId?: string; enterpriseId?: string },
): Register | undefined {
  const enterpriseId = install.enterpriseId ?? request.enterpriseId ?? null;
  if (install.isEnterpriseInstall && install.sharedRegister && install.enterpriseId) {
    return { slackTeamId: install.enterpriseId, enterpriseId: install.enterpriseId };
  }
  if (!request.teamId || request.teamId === enterpriseId) return undefined;
  return { slackTeamId: request.teamId, enterpriseId };
}
