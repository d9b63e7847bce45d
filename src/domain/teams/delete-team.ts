import { requireAdmin } from '../activity-types/require-admin';
import { auditBy } from '../audit';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { TeamAction } from './team-audit';
import { teamNotFound } from './team-errors';
import type { Teams } from './team-ports';

/**
 * Removes a team with its memberships and digest history; the employees and their
 * activities stay as they are.
 */
export class DeleteTeam {
  constructor(
    private readonly teams: Teams,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer | null, input: { teamId: number }): Promise<{ name: string }> {
    requireAdmin(viewer);
    return this.teams.change(viewer.workspaceId, async (teams) => {
      const team = await teams.find(input.teamId);
      if (!team) throw teamNotFound();
      await teams.delete(team.id);
      await teams.audit(
        auditBy<TeamAction>(viewer, this.clock, {
          action: 'team.deleted',
          targetId: team.id,
          details: {
            name: team.name,
            memberIds: team.members.map((member) => member.employeeId),
          },
        }),
      );
      return { name: team.name };
    });
  }
}
