import { requireAdmin } from '../activity-types/require-admin';
import type { Viewer } from '../viewer';
import type { TeamWithMembers } from './team';
import { teamNotFound } from './team-errors';
import type { Teams } from './team-ports';

/** One team as the edit form shows it. */
export class GetTeam {
  constructor(private readonly teams: Teams) {}

  async execute(viewer: Viewer | null, input: { teamId: number }): Promise<TeamWithMembers> {
    requireAdmin(viewer);
    const team = await this.teams.find(viewer.workspaceId, input.teamId);
    if (!team) throw teamNotFound();
    return team;
  }
}
