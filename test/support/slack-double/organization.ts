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
  /** Workspaces an admin removed the org-wide app from: its token no longer reaches them. */
  private readonly removedFrom = new Set<string>();

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

  /**
   * An org admin removed the org-wide app from these workspaces (Slack then sends
   * `team_access_revoked`): the org-wide token is refused there.
   */
  removeAppFrom(teamIds: string[]): void {
    for (const teamId of teamIds) this.removedFrom.add(teamId);
  }

  /** An org admin added the app to these workspaces again (Slack sends `team_access_granted`). */
  addAppTo(teamIds: string[]): void {
    for (const teamId of teamIds) this.removedFrom.delete(teamId);
  }

  /** The workspaces the org-wide app reaches (auth.teams.list). */
  get reachable(): W[] {
    return this.workspaces.filter((w) => !this.removedFrom.has(w.teamId));
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
   * refuses one outside the organization or one the app was removed from), else the one that knows the channel, user or e-mail
   * address the call is about (an org-wide token looks across the organization), else the
   * organization's first.
   */
  workspaceFor(args: Obj): W {
    const teamId = typeof args.team_id === 'string' ? args.team_id : undefined;
    if (teamId) {
      const named = this.reachable.find((w) => w.teamId === teamId);
      if (!named) throw new ApiError('team_access_not_granted');
      return named;
    }
    const chosen = this.knowing(this.reachable, args);
    // What only a workspace the app was removed from knows is out of the token's reach.
    if (!chosen && this.knowing(this.workspaces, args)) throw new ApiError('team_access_not_granted');
    const found = chosen ?? this.reachable[0];
    if (!found) throw new ApiError('team_access_not_granted');
    return found;
  }

  /** The first of `workspaces` that knows the channel, else the user, else the e-mail address. */
  private knowing(workspaces: W[], args: Obj): W | undefined {
    const channel = typeof args.channel === 'string' ? args.channel : undefined;
    // chat.postMessage may name a user as its channel: their DM with the app.
    const user = [args.user, args.users, args.user_id, args.channel].find(
      (value): value is string => typeof value === 'string',
    );
    const byChannel = channel ? workspaces.find((w) => w.channel(channel) !== undefined) : undefined;
    const byUser = user ? workspaces.find((w) => w.user(user.split(',')[0] ?? '') !== undefined) : undefined;
    const email = typeof args.email === 'string' ? args.email.toLowerCase() : undefined;
    const byEmail = email ? workspaces.find((w) => w.knowsEmail(email)) : undefined;
    return byChannel ?? byUser ?? byEmail;
  }
}
