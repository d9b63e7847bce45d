import type { Locale } from '../../i18n';
import type { GuestPolicy } from '../access/standing';
import { defaultActivityTypes } from './default-activity-types';
import type { Workspace } from './workspace';
import type { Workspaces } from './workspace-ports';

export interface WorkspaceDefaults {
  locale: Locale;
  timezone: string;
  holidayCountry: string | null;
}

/** Finds the workspace a Slack team maps to, creating it (with its starting types) on first sight. */
export class WorkspaceService {
  private readonly cache = new Map<string, Workspace>();

  constructor(
    private readonly workspaces: Workspaces,
    private readonly defaults: WorkspaceDefaults,
  ) {}

  async ensure(slackTeamId: string, name: string): Promise<Workspace> {
    const cached = this.cache.get(slackTeamId);
    if (cached) return cached;
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
        defaultActivityTypes(this.defaults.locale),
      );
    } else if (name && workspace.name !== name) {
      workspace = await this.workspaces.updateName(workspace.id, name);
    }
    this.cache.set(slackTeamId, workspace);
    return workspace;
  }

  /** For requests of a team we have met: no Slack call, usually no query. */
  async bySlackTeamId(slackTeamId: string): Promise<Workspace> {
    return this.cache.get(slackTeamId) ?? this.ensure(slackTeamId, '');
  }

  /** Whether guests may use Touchbase, from the database: never from this process's memory. */
  guestPolicy(workspace: Pick<Workspace, 'id'>): Promise<GuestPolicy> {
    return this.workspaces.guestPolicy(workspace.id);
  }
}
