import type { EmployeeService } from '../employees/employee-service';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import { looseName } from './loose-name';
import type { WhoFilter } from './stats-arguments';
import type { StatsTeam, StatsTeams } from './stats-ports';

/** Whose activities a figure counts, and how to name that group to the viewer. */
export type Audience =
  | { kind: 'everyone'; responsibleIds: null }
  | { kind: 'own'; responsibleIds: number[] }
  | { kind: 'teams'; responsibleIds: number[] }
  | { kind: 'team'; name: string; responsibleIds: number[] }
  | { kind: 'user'; name: string; responsibleIds: number[] };

export type AudienceError =
  | { kind: 'unknownUser' }
  | { kind: 'unknownTeam'; name: string }
  | { kind: 'notYourUser' }
  | { kind: 'notYourTeam' };

type Resolved = { ok: true; audience: Audience; team?: StatsTeam } | { ok: false; error: AudienceError };

/** Finds the person or team a filter names (for export: nothing more is needed, visibility does the rest). */
export class AudienceResolver {
  constructor(
    private readonly teams: StatsTeams,
    private readonly employees: EmployeeService,
  ) {}

  async named(workspace: Workspace, who: WhoFilter): Promise<Resolved> {
    if (who.kind === 'user') {
      const employee = await this.employees.resolve(workspace, who.slackUserId);
      if (!employee || employee.isBot || employee.isForeign)
        return { ok: false, error: { kind: 'unknownUser' } };
      return { ok: true, audience: { kind: 'user', name: employee.name, responsibleIds: [employee.id] } };
    }
    const candidates =
      who.kind === 'teamChannel'
        ? await this.teams.teamsByChannel(workspace.id, who.channelId)
        : (await this.teams.teams(workspace.id)).filter((t) => looseName(t.name) === looseName(who.name));
    const team = candidates[0];
    if (!team) {
      const name = who.kind === 'team' ? who.name : `<#${who.channelId}>`;
      return { ok: false, error: { kind: 'unknownTeam', name } };
    }
    return { ok: true, team, audience: { kind: 'team', name: team.name, responsibleIds: team.memberIds } };
  }

  /**
   * product §6: staff see their own numbers, team leads their teams' (their own
   * included), admins everyone's. A filter narrows that, and is refused when it
   * points outside it.
   */
  async forStats(workspace: Workspace, viewer: Viewer, who: WhoFilter | null): Promise<Resolved> {
    const led = viewer.isAdmin ? [] : await this.teams.teamsLedBy(viewer.workspaceId, viewer.employeeId);
    if (!who) {
      if (viewer.isAdmin) return { ok: true, audience: { kind: 'everyone', responsibleIds: null } };
      if (led.length === 0)
        return { ok: true, audience: { kind: 'own', responsibleIds: [viewer.employeeId] } };
      const ids = new Set([viewer.employeeId, ...led.flatMap((team) => team.memberIds)]);
      return { ok: true, audience: { kind: 'teams', responsibleIds: [...ids] } };
    }
    const named = await this.named(workspace, who);
    if (!named.ok || viewer.isAdmin) return named;
    if (named.audience.kind === 'team') {
      const mayLead = named.team?.leadIds.includes(viewer.employeeId) ?? false;
      return mayLead ? named : { ok: false, error: { kind: 'notYourTeam' } };
    }
    const employeeId = named.audience.responsibleIds?.[0];
    if (employeeId === viewer.employeeId) return named;
    const inLedTeam = led.some((team) => employeeId !== undefined && team.memberIds.includes(employeeId));
    return inLedTeam ? named : { ok: false, error: { kind: 'notYourUser' } };
  }
}
