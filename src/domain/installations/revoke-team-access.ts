import type { Clock } from '../clock';
import type { WorkspaceLifecycle } from './installation-ports';
import type { InstallationService } from './installation-service';
import { registersOfWorkspaces, type TeamAccessChange } from './team-access-registers';
import { eraseAfterOf } from './uninstall-workspace';

/**
 * product §10.4: an org admin removed the org-wide app from some workspaces of the organization.
 * Their registers go out of service at once (jobs stop, data kept for the grace period of §10.2,
 * then erased); the install and the organization's other workspaces keep working.
 */
export class RevokeTeamAccess {
  constructor(
    private readonly deps: {
      installations: InstallationService;
      lifecycle: WorkspaceLifecycle;
      clock: Clock;
      retentionDays: number;
    },
  ) {}

  async execute(change: TeamAccessChange): Promise<{ eraseAfter: Date; registers: string[] }> {
    const at = this.deps.clock.now();
    const eraseAfter = eraseAfterOf(at, this.deps.retentionDays);
    const registers = await registersOfWorkspaces(this.deps.installations, change);
    for (const slackTeamId of registers) {
      await this.deps.lifecycle.markUninstalled({
        slackTeamId,
        at,
        reason: 'team_access_revoked',
        eraseAfter,
      });
    }
    return { eraseAfter, registers };
  }
}
