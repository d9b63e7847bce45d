import type { Installation } from './installation';

/** An install's tokens after a refresh (token rotation), by install key. */
export interface RefreshedTokens {
  key: string;
  botToken: string;
  botRefreshToken: string;
  expiresAt: Date;
}

/** Installs, by key (`installKeyOf`); the implementation keeps the tokens encrypted. */
export interface Installations {
  /** Saves an install, replacing an earlier one with the same key (a reinstall). */
  save(installation: Installation): Promise<void>;
  /** The first of `keys` that is installed. */
  findFirst(keys: string[]): Promise<Installation | null>;
  delete(key: string): Promise<void>;
  /** Team ids of the workspace installs (not org-wide ones), in order. */
  teamIds(): Promise<string[]>;
  /** Enterprise ids of the org-wide installs, in order. */
  enterpriseIds(): Promise<string[]>;
  /**
   * Claims the right to refresh this install's token until `until`, unless another replica holds
   * an unexpired claim (or the token was already refreshed past `expiringBefore`). At most one
   * caller gets true.
   */
  claimRefresh(input: { key: string; now: Date; until: Date; expiringBefore: Date }): Promise<boolean>;
  /** Stores refreshed tokens and releases the claim. */
  saveRefreshed(tokens: RefreshedTokens): Promise<void>;
  /** The refresh was refused: flags the install and releases the claim. */
  markNeedsReinstall(key: string): Promise<void>;
  /** Installs whose rotating token expires before `before` and that can still be refreshed. */
  expiringBefore(before: Date): Promise<string[]>;
  /** Keys of installs whose tokens Slack refused, for /readyz and the metrics. */
  needingReinstall(): Promise<string[]>;
}

/** OAuth `state` values in flight, by hash: each can be taken once, before it expires. */
export interface OAuthStates {
  put(input: { stateHash: string; installOptions: unknown; expiresAt: Date }): Promise<void>;
  /** Removes and returns the options of an unexpired state; null when unknown, used or expired. */
  take(stateHash: string, now: Date): Promise<unknown | null>;
}

/** A workspace whose grace period after an uninstall may have run out. */
export interface UninstalledWorkspace {
  id: number;
  slackTeamId: string;
  uninstalledAt: Date;
}

/** An uninstall as recorded: when, why (Slack's event), and from when the workspace may be erased. */
export interface Uninstall {
  slackTeamId: string;
  at: Date;
  reason: string;
  eraseAfter: Date;
}

/** Workspaces going out of service and coming back (product §10.2). */
export interface WorkspaceLifecycle {
  /** Marks it uninstalled (kept if it already was) and audits it; false when Touchbase never knew it. */
  markUninstalled(uninstall: Uninstall): Promise<boolean>;
  /** Back in service: nothing is erased. */
  markReinstalled(slackTeamId: string): Promise<void>;
  /** The registers (slackTeamId) of an Enterprise Grid organization, in service or not. */
  registersOf(enterpriseId: string): Promise<string[]>;
  /**
   * Registers of an organization out of service because an admin removed the org-wide app from
   * their workspace (product §10.4): an org-wide reinstall does not give the app that workspace back.
   */
  removedFromTheirWorkspace(enterpriseId: string): Promise<string[]>;
  uninstalledBefore(before: Date): Promise<UninstalledWorkspace[]>;
  /**
   * Erases the workspace and everything in it, and records the erasure, in one transaction;
   * nothing when it was reinstalled meanwhile. The rows removed per table, or null.
   */
  erase(workspace: UninstalledWorkspace, at: Date): Promise<Record<string, number> | null>;
}
