import { countedIn } from '../activities/activity-visibility';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { MemberLoad, TeamOverview } from './team-ports';

export interface LedTeam {
  teamId: number;
  name: string;
  members: Omit<MemberLoad, 'teamId' | 'teamName'>[];
}

/** For a team lead's App Home (product §4): per member of each team they lead, unfinished and overdue. */
export class TeamLeadOverview {
  constructor(
    private readonly teams: TeamOverview,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer): Promise<LedTeam[]> {
    // Counts only, so private activities count without showing (product §3.4).
    const rule = countedIn(viewer.workspaceId);
    const rows = await this.teams.membersLedBy(rule, viewer.employeeId, this.clock.now());
    const teams = new Map<number, LedTeam>();
    for (const { teamId, teamName, ...member } of rows) {
      const team = teams.get(teamId) ?? { teamId, name: teamName, members: [] };
      team.members.push(member);
      teams.set(teamId, team);
    }
    return [...teams.values()];
  }
}
