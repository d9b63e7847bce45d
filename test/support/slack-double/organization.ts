import { ApiError } from './api-error';
import type { Obj } from './json';
import type { SlackUser, SlackUserInput } from './types';

/** What an organization needs of its workspaces' doubles. */
export interface OrganizationWorkspace {
  readonly teamId: string;
  addUser(input: SlackUserInput): SlackUser;
  user(id: string): SlackUser | undefined;
  channel(id: string): unknown;
  /** users.lookupByEmail would find someone with this address here. */
  knowsEmail(email: string): boolean;
}

/**
 * An Enterprise Grid organization: workspaces that share one user directory (a user's id is
 * the same in every workspace they are in, and users.info tells which workspaces those are), and
 * that an org-wide install serves with one bot token.
 */
export class Organization<W extends OrganizationWorkspace = OrganizationWorkspace> {
  readonly workspaces: W[] = [];
  /** Set once an org-wide install succeeded (or a refresh replaced it). */
  orgWideToken: string | undefined;

  constructor(
    readonly enterpriseId: string,
    readonly name: string,
  ) {}

  get isInstalledOrgWide(): boolean {
    return this.orgWideToken !== undefined;
  }

  /** The org-wide bot token (throws before the org-wide install). */
  get botToken(): string {
    if (!this.orgWideToken) throw new Error(`organization ${this.enterpriseId} is not installed org-wide`);
    return this.orgWideToken;
  }

  /** Joins a workspace made by the root double to the organization. */
  join(workspace: W): W {
    this.workspaces.push(workspace);
    return workspace;
  }

  /**
   * A member of the organization in the workspaces `teams` names (the first is their home
   * workspace, their `team_id`), the same user object in each, as Slack shows it to an org app.
   */
  addMember(input: SlackUserInput & { id: string; teams: string[]; orgAdmin?: boolean }): SlackUser {
    const { teams, orgAdmin, ...user } = input;
    const [home] = teams;
    if (!home) throw new Error('a member belongs to at least one workspace');
    let added: SlackUser | undefined;
    for (const teamId of teams) {
      const workspace = this.workspaces.find((w) => w.teamId === teamId);
      if (!workspace) throw new Error(`workspace ${teamId} is not in organization ${this.enterpriseId}`);
      added = workspace.addUser({
        ...user,
        team_id: home,
        enterprise_user: {
          id: input.id,
          enterprise_id: this.enterpriseId,
          enterprise_name: this.name,
          is_admin: orgAdmin ?? false,
          is_owner: false,
          teams,
        },
      });
    }
    return added as SlackUser;
  }

  /**
   * The workspace a call made with the org-wide token acts in: the one `team_id` names (Slack
   * refuses one outside the organization), else the one that knows the channel, user or e-mail
   * address the call is about (an org-wide token looks across the organization), else the
   * organization's first.
   */
  workspaceFor(args: Obj): W {
    const teamId = typeof args.team_id === 'string' ? args.team_id : undefined;
    if (teamId) {
      const named = this.workspaces.find((w) => w.teamId === teamId);
      if (!named) throw new ApiError('team_access_not_granted');
      return named;
    }
    const channel = typeof args.channel === 'string' ? args.channel : undefined;
    // chat.postMessage may name a user as its channel: their DM with the app.
    const user = [args.user, args.users, args.user_id, args.channel].find(
      (value): value is string => typeof value === 'string',
    );
    const byChannel = channel ? this.workspaces.find((w) => w.channel(channel) !== undefined) : undefined;
    const byUser = user
      ? this.workspaces.find((w) => w.user(user.split(',')[0] ?? '') !== undefined)
      : undefined;
    const email = typeof args.email === 'string' ? args.email.toLowerCase() : undefined;
    const byEmail = email ? this.workspaces.find((w) => w.knowsEmail(email)) : undefined;
    const chosen = byChannel ?? byUser ?? byEmail ?? this.workspaces[0];
    if (!chosen) throw new ApiError('team_access_not_granted');
    return chosen;
  }
}
