import { requireAdmin } from '../activity-types/require-admin';
import type { Viewer } from '../viewer';
import type { TeamWithMembers } from './team';
import type { Teams } from './team-ports';

/** Every team of the workspace with its members, in name order, for admins. */
export class ListTeams {
  constructor(private readonly teams: Teams) {}

  async execute(viewer: Viewer | null): Promise<TeamWithMembers[]> {
    requireAdmin(viewer);
    return this.teams.listWithMembers(viewer.workspaceId);
  }
}
