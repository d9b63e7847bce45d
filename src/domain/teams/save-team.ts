import type { Messages } from '../../i18n';
import { requireAdmin } from '../activity-types/require-admin';
import { auditBy } from '../audit';
import type { Clock } from '../clock';
import type { Employee } from '../employees/employee';
import type { EmployeeService } from '../employees/employee-service';
import { type FieldMessages, ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import type { Team, TeamWithMembers } from './team';
import type { TeamAction } from './team-audit';
import { teamNotFound } from './team-errors';
import type { TeamField, TeamInput } from './team-input';
import type { TeamFields, TeamMembership, Teams } from './team-ports';
import { type CheckedTeamInput, checkTeamInput, memberProblem, teamPeople } from './team-rules';

export interface SaveTeamResult {
  team: Team;
  created: boolean;
}

type Text = (m: Messages) => string;

/**
 * Creates a team, or replaces every setting and the member list of an existing one
 * (the form always sends the whole team). Nothing is written when any field is refused.
 */
export class SaveTeam {
  constructor(
    private readonly teams: Teams,
    private readonly employees: EmployeeService,
    private readonly clock: Clock,
  ) {}

  async execute(
    acting: { workspace: Workspace; viewer: Viewer | null },
    input: TeamInput,
    teamId?: number,
  ): Promise<SaveTeamResult> {
    const { workspace, viewer } = acting;
    requireAdmin(viewer);
    const current = teamId === undefined ? null : await this.teams.find(workspace.id, teamId);
    if (teamId !== undefined && !current) throw teamNotFound();
    // Every problem at once: the fields, and the people picked (unless their ids are malformed).
    let checked: CheckedTeamInput | null = null;
    let errors: FieldMessages<TeamField> = {};
    try {
      checked = checkTeamInput(input);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors = { ...error.fields };
    }
    const name = input.name.trim().replace(/\s+/g, ' ');
    const clash = errors.name || !name ? null : await this.teams.nameClash(workspace.id, name, teamId);
    if (clash !== null) errors.name = (m) => m.teams.errors.nameTaken(clash);
    const people = errors.members ? null : await this.memberships(workspace, teamPeople(input), current);
    if (people && 'problems' in people) errors = { ...errors, ...people.problems };
    if (!checked || !people || 'problems' in people || Object.keys(errors).length > 0) {
      throw new ValidationError<TeamField>(errors);
    }
    const members = people.memberships;
    const fields: TeamFields = {
      name: checked.name,
      channelId: checked.channelId,
      digestHour: checked.digestHour,
      digestDays: checked.digestDays,
      escalationDays: checked.escalationDays,
    };

    return this.teams.change(workspace.id, async (teams) => {
      const clash = await teams.nameClash(fields.name, teamId);
      if (clash !== null)
        throw new ValidationError<TeamField>({ name: (m) => m.teams.errors.nameTaken(clash) });
      const details = {
        ...fields,
        memberIds: members.map((member) => member.employeeId),
        leadIds: members.filter((member) => member.isLead).map((member) => member.employeeId),
      };
      if (teamId === undefined) {
        const team = await teams.create(fields, members);
        await teams.audit(
          auditBy<TeamAction>(viewer, this.clock, { action: 'team.created', targetId: team.id, details }),
        );
        return { team, created: true };
      }
      const before = await teams.find(teamId);
      if (!before) throw teamNotFound();
      const team = await teams.update(teamId, fields, members);
      await teams.audit(
        auditBy<TeamAction>(viewer, this.clock, {
          action: 'team.updated',
          targetId: teamId,
          details: {
            ...details,
            changed: changes(before, details),
          },
        }),
      );
      return { team, created: false };
    });
  }

  /**
   * Every picked user as an Employee (read from Slack when new to us). Bots, deactivated
   * users and guests are refused next to the field they were picked in; someone already
   * on the team stays acceptable, so a team whose member left can still be edited.
   */
  private async memberships(
    workspace: Workspace,
    people: { members: string[]; leads: string[] },
    current: TeamWithMembers | null,
  ): Promise<{ memberships: TeamMembership[] } | { problems: FieldMessages<TeamField> }> {
    const known = new Set(current?.members.map((member) => member.slackUserId));
    const leads = new Set(people.leads);
    const found = await Promise.all(
      people.members.map(async (slackUserId) => ({
        slackUserId,
        employee: await this.employees.resolve(workspace, slackUserId),
      })),
    );
    const problems: Record<'members' | 'leads', Text[]> = { members: [], leads: [] };
    for (const { slackUserId, employee } of found) {
      const problem = employee ? (known.has(slackUserId) ? undefined : memberProblem(employee)) : unknownUser;
      if (problem) problems[leads.has(slackUserId) ? 'leads' : 'members'].push(problem);
    }
    if (problems.members.length > 0 || problems.leads.length > 0) {
      return {
        problems: {
          ...(problems.members.length > 0 ? { members: joined(problems.members) } : {}),
          ...(problems.leads.length > 0 ? { leads: joined(problems.leads) } : {}),
        },
      };
    }
    return {
      memberships: found.map(({ slackUserId, employee }) => ({
        employeeId: (employee as Employee).id,
        isLead: leads.has(slackUserId),
      })),
    };
  }
}

const unknownUser: Text = (m) => m.teams.errors.userUnknown;

function joined(texts: Text[]): Text {
  return (m) => texts.map((text) => text(m)).join(' ');
}

function changes(
  before: TeamWithMembers,
  after: TeamFields & { memberIds: number[]; leadIds: number[] },
): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const sortedIds = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const was = {
    name: before.name,
    channelId: before.channelId,
    digestHour: before.digestHour,
    digestDays: before.digestDays,
    escalationDays: before.escalationDays,
    memberIds: sortedIds(before.members.map((member) => member.employeeId)),
    leadIds: sortedIds(before.members.filter((member) => member.isLead).map((member) => member.employeeId)),
  };
  const now = { ...after, memberIds: sortedIds(after.memberIds), leadIds: sortedIds(after.leadIds) };
  return (Object.keys(was) as (keyof typeof was)[]).filter((key) => !same(was[key], now[key]));
}
