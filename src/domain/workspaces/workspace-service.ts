import type { Locale } from '../../i18n';
import type { GuestPolicy } from '../access/standing';
import { defaultPlan } from '../plans/default-plan';
import { defaultActivityTypes } from './default-activity-types';
import type { Workspace } from './workspace';
import type { Workspaces } from './workspace-ports';

/** What a new workspace starts with (DEFAULT_LOCALE, DEFAULT_TIMEZONE, HOLIDAY_COUNTRY). */
export interface WorkspaceDefaults {
  locale: Locale;
  timezone: string;
  holidayCountry: string | null;
}

/**
 * Finds the workspace a Slack team maps to, creating it (with its starting types and plan) on first
 * sight from the environment's defaults. Its settings are read from the database on every
 * request (one unique-index lookup) and never kept in memory: an admin's change in
 * Workspace settings counts at once, on every replica.
 */
export class WorkspaceService {
  /**
   * The last settings read per team, used only when the database cannot be read: a
   * request can still say in its user's language that the database is unreachable.
   */
  private readonly lastKnown = new Map<string, Workspace>();
  /** Slack team id by workspace id: fixed for the life of a row. */
  private readonly teamIds = new Map<number, string>();

  constructor(
    private readonly workspaces: Workspaces,
    private readonly defaults: WorkspaceDefaults,
  ) {}

  /**
   * The register of this team (or of this organization, for a shared register), created on first
   * sight; `enterpriseId` records the Enterprise Grid organization it belongs to.
   */
  async ensure(slackTeamId: string, name: string, enterpriseId: string | null = null): Promise<Workspace> {
    let workspace = await this.workspaces.findBySlackTeamId(slackTeamId);
    if (!workspace) {
      workspace = await this.workspaces.createWithTypes(
        {
          slackTeamId,
          name,
          defaultLocale: this.defaults.locale,
          defaultTimezone: this.defaults.timezone,
          holidayCountry: this.defaults.holidayCountry,
          enterpriseId,
        },
        defaultActivityTypes(),
        defaultPlan(this.defaults.locale),
      );
    } else if (name && workspace.name !== name) {
      workspace = await this.workspaces.updateName(workspace.id, name);
    }
    return this.withEnterprise(workspace, enterpriseId);
  }

  /**
   * For requests of a team we have met: no Slack call, one query. A team first met here is
   * created; `enterpriseId` (Enterprise Grid) is recorded when the row does not know it yet.
   */
  async bySlackTeamId(slackTeamId: string, enterpriseId: string | null = null): Promise<Workspace> {
    let found: Workspace | null;
    try {
      found = await this.workspaces.findBySlackTeamId(slackTeamId);
    } catch (error) {
      const known = this.lastKnown.get(slackTeamId);
      if (known) return known;
      throw error;
    }
    const workspace = found
      ? await this.withEnterprise(found, enterpriseId)
      : await this.ensure(slackTeamId, '', enterpriseId);
    this.lastKnown.set(slackTeamId, workspace);
    return workspace;
  }

  /** The Enterprise Grid organization a known register belongs to; null outside one or when unknown. */
  async enterpriseOf(slackTeamId: string): Promise<string | null> {
    return (await this.workspaces.findBySlackTeamId(slackTeamId))?.enterpriseId ?? null;
  }

  /** The registers of these Enterprise Grid organizations that are in service. */
  inService(enterpriseIds: string[]): Promise<Workspace[]> {
    return this.workspaces.inService(enterpriseIds);
  }

  /** Every register of an organization, uninstalled ones too. */
  ofEnterprise(enterpriseId: string): Promise<Workspace[]> {
    return this.workspaces.ofEnterprise(enterpriseId);
  }

  private async withEnterprise(workspace: Workspace, enterpriseId: string | null): Promise<Workspace> {
    if (!enterpriseId || workspace.enterpriseId === enterpriseId) return workspace;
    return this.workspaces.setEnterprise(workspace.id, enterpriseId);
  }

  /**
   * The Slack team id of a workspace we know by id (the REST API's tokens name workspaces by
   * id), asked before every Slack call made for an API save. A row's team id never changes
   * (an erased workspace's id is never used again), so it is read once per process.
   */
  async slackTeamIdOf(id: number): Promise<string> {
    const known = this.teamIds.get(id);
    if (known !== undefined) return known;
    const workspace = await this.workspaces.findById(id);
    if (!workspace) throw new Error(`no workspace ${id}`);
    this.teamIds.set(id, workspace.slackTeamId);
    return workspace.slackTeamId;
  }

  /** Whether guests may use Touchbase, from the database: never from this process's memory. */
  guestPolicy(workspace: Pick<Workspace, 'id'>): Promise<GuestPolicy> {
    return this.workspaces.guestPolicy(workspace.id);
  }
}
