import type { TeamRepository, TeamWithMembers } from '../../db/repositories/team-repository';
import { requireAdmin } from '../activity-types/require-admin';
import type { Viewer } from '../viewer';

/** Every team of the workspace with its members, in name order, for admins. */
export class ListTeams {
  constructor(private readonly teams: TeamRepository) {}

  async run(viewer: Viewer | null): Promise<TeamWithMembers[]> {
    requireAdmin(viewer);
    return this.teams.listWithMembers(viewer.workspaceId);
  }
}
