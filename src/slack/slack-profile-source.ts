import type { WebClient } from '@slack/web-api';
import type { EmployeeProfile } from '../domain/employees/employee';
import type { ProfileDirectory, ProfileSource } from '../domain/employees/employee-service';
import type { Workspace } from '../domain/workspaces/workspace';
import { profileFromSlackUser } from './slack-user-profile';

/** users.list pages: Slack's recommended size, and a Tier 2 method, so few calls. */
const PAGE_SIZE = 200;

/** The bot token that acts in a workspace: the one of SLACK_BOT_TOKEN, or its install's. */
export type TokenFor = (slackTeamId: string) => Promise<string>;

/**
 * Profiles from Slack: one user with users.info (with locale), or everyone with users.list,
 * each call with the token of the workspace it asks about.
 */
export class SlackProfileSource implements ProfileSource, ProfileDirectory {
  constructor(
    private readonly client: WebClient,
    private readonly tokenFor: TokenFor,
  ) {}

  async fetchProfile(slackUserId: string, workspace: Workspace): Promise<EmployeeProfile | null> {
    const token = await this.tokenFor(workspace.slackTeamId);
    const { user } = await this.client.users.info({ token, user: slackUserId, include_locale: true });
    if (!user) return null;
    return profileFromSlackUser(user, slackUserId, workspace);
  }

  async *everyone(workspace: Workspace): AsyncGenerator<{ slackUserId: string; profile: EmployeeProfile }[]> {
    const token = await this.tokenFor(workspace.slackTeamId);
    for (const teamId of await this.directoriesOf(workspace, token)) {
      let cursor: string | undefined;
      do {
        const page = await this.client.users.list({
          token,
          limit: PAGE_SIZE,
          include_locale: true,
          cursor,
          ...(teamId ? { team_id: teamId } : {}),
        });
        yield (page.members ?? []).flatMap((user) =>
          user.id ? [{ slackUserId: user.id, profile: profileFromSlackUser(user, user.id, workspace) }] : [],
        );
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (cursor);
    }
  }

  /**
   * Whose users.list a register reads (product §10.4): the token's own workspace outside
   * Enterprise Grid (no team named); in an organization the workspace's own, named, as an
   * org-wide token needs; for an organization's shared register every workspace the org-wide
   * install serves (auth.teams.list).
   */
  private async directoriesOf(workspace: Workspace, token: string): Promise<(string | undefined)[]> {
    if (!workspace.enterpriseId) return [undefined];
    if (workspace.slackTeamId !== workspace.enterpriseId) return [workspace.slackTeamId];
    const teams: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.client.auth.teams.list({ token, limit: PAGE_SIZE, cursor });
      for (const team of page.teams ?? []) if (team.id) teams.push(team.id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return teams;
  }
}
