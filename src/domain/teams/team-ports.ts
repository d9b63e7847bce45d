import type { VisibilityRule } from '../activities/activity-visibility';
import type { TypeNames } from '../activity-types/type-names';
import type { AuditEntry } from '../audit';
import type { Team, TeamWithMembers } from './team';

export interface TeamFields {
  name: string;
  channelId: string | null;
  digestHour: number;
  digestDays: number[];
  escalationDays: number;
}

export interface TeamMembership {
  employeeId: number;
  isLead: boolean;
}

/** One workspace's teams, changed inside a transaction no other team change can interleave with. */
export interface TeamChangeSet {
  find(teamId: number): Promise<TeamWithMembers | null>;
  /** The name of another team called the same regardless of case, if there is one. */
  nameClash(name: string, exceptTeamId?: number): Promise<string | null>;
  create(fields: TeamFields, members: TeamMembership[]): Promise<Team>;
  update(teamId: number, fields: TeamFields, members: TeamMembership[]): Promise<Team>;
  delete(teamId: number): Promise<void>;
  audit(entry: AuditEntry): Promise<void>;
}

/** Teams for administration (product §5.3). */
export interface Teams {
  listWithMembers(workspaceId: number): Promise<TeamWithMembers[]>;
  find(workspaceId: number, teamId: number): Promise<TeamWithMembers | null>;
  /** Outside a change: to report every problem of a form at once; the change checks again under its lock. */
  nameClash(workspaceId: number, name: string, exceptTeamId?: number): Promise<string | null>;
  /** Runs `work` in one transaction holding the workspace's team-admin lock. */
  change<T>(workspaceId: number, work: (teams: TeamChangeSet) => Promise<T>): Promise<T>;
}

export interface DigestTeam {
  id: number;
  workspaceId: number;
  name: string;
  channelId: string | null;
  escalationDays: number;
  /** Leads included, in name order. */
  members: { employeeId: number; slackUserId: string; name: string }[];
}

export interface MemberCount {
  employeeId: number;
  count: number;
}

/** An overdue activity of the channel digest; the domain decides what of it a channel may read. */
export interface OverdueRow {
  id: number;
  dueAt: Date;
  subject: string;
  isPrivate: boolean;
  typeNames: TypeNames;
  personName: string;
  responsibleId: number;
  responsibleSlackUserId: string;
}

/** Half-open time window [from, to). */
export interface Window {
  from: Date;
  to: Date;
}

/**
 * The numbers of one team's channel digest (product §5.3), each one set-based query
 * over the members' activities that `rule` keeps.
 */
export interface TeamDigestFigures {
  team(teamId: number): Promise<DigestTeam | null>;
  /** Unfinished activities per responsible; with `dueBefore`, only those due before it (overdue). */
  unfinishedPerMember(rule: VisibilityRule, memberIds: number[], dueBefore?: Date): Promise<MemberCount[]>;
  completedPerMember(rule: VisibilityRule, memberIds: number[], window: Window): Promise<MemberCount[]>;
  /** Activities the members are responsible for that were logged (created) in the window, per type. */
  loggedPerType(
    rule: VisibilityRule,
    memberIds: number[],
    window: Window,
  ): Promise<{ typeNames: TypeNames; count: number }[]>;
  /** The `limit` unfinished activities due longest before `dueBefore`, oldest first, and how many there are. */
  overdue(
    rule: VisibilityRule,
    memberIds: number[],
    due: { before: Date; limit: number },
  ): Promise<{ rows: OverdueRow[]; total: number }>;
}

export interface MemberLoad {
  teamId: number;
  teamName: string;
  employeeId: number;
  slackUserId: string;
  name: string;
  unfinished: number;
  overdue: number;
}

/** How much each member of the teams someone leads has open (counts only). */
export interface TeamOverview {
  /** One row per member of every team `leadId` leads, teams and members in name order. */
  membersLedBy(rule: VisibilityRule, leadId: number, now: Date): Promise<MemberLoad[]>;
}
