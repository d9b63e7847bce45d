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

  constructor(
    private readonly workspaces: Workspaces,
    private readonly defaults: WorkspaceDefaults,
  ) {}

  async ensure(slackTeamId: string, name: string): Promise<Workspace> {
    let workspace = await this.workspaces.findBySlackTeamId(slackTeamId);
    if (!workspace) {
      workspace = await this.workspaces.createWithTypes(
        {
          slackTeamId,
          name,
          defaultLocale: this.defaults.locale,
          defaultTimezone: this.defaults.timezone,
          holidayCountry: this.defaults.holidayCountry,
        },
        defaultActivityTypes(),
        defaultPlan(this.defaults.locale),
      );
    } else if (name && workspace.name !== name) {
      workspace = await this.workspaces.updateName(workspace.id, name);
    }
    return workspace;
  }

  /** For requests of a team we have met: no Slack call, one query. */
  async bySlackTeamId(slackTeamId: string): Promise<Workspace> {
    let found: Workspace | null;
    try {
      found = await this.workspaces.findBySlackTeamId(slackTeamId);
    } catch (error) {
      const known = this.lastKnown.get(slackTeamId);
      if (known) return known;
      throw error;
    }
    const workspace = found ?? (await this.ensure(slackTeamId, ''));
    this.lastKnown.set(slackTeamId, workspace);
    return workspace;
  }

  /** The Slack team id of a workspace we know by id (the REST API's tokens name workspaces by id). */
  async slackTeamIdOf(id: number): Promise<string> {
    const workspace = await this.workspaces.findById(id);
    if (!workspace) throw new Error(`no workspace ${id}`);
    return workspace.slackTeamId;
  }

  /** Whether guests may use Touchbase, from the database: never from this process's memory. */
  guestPolicy(workspace: Pick<Workspace, 'id'>): Promise<GuestPolicy> {
    return this.workspaces.guestPolicy(workspace.id);
  }
}
