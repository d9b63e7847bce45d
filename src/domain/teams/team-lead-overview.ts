import type { MemberLoad, TeamOverviewRepository } from '../../db/repositories/team-overview-repository';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';

export interface LedTeam {
  teamId: number;
  name: string;
  members: Omit<MemberLoad, 'teamId' | 'teamName'>[];
}

/** For a team lead's App Home (SPEC 4): per member of each team they lead, unfinished and overdue. */
export class TeamLeadOverview {
  constructor(
    private readonly teams: TeamOverviewRepository,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer): Promise<LedTeam[]> {
    const rows = await this.teams.membersLedBy(viewer.workspaceId, viewer.employeeId, this.clock.now());
    const teams = new Map<number, LedTeam>();
    for (const { teamId, teamName, ...member } of rows) {
      const team = teams.get(teamId) ?? { teamId, name: teamName, members: [] };
      team.members.push(member);
      teams.set(teamId, team);
    }
    return [...teams.values()];
  }
}
