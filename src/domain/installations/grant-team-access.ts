import type { WorkspaceLifecycle } from './installation-ports';
import type { InstallationService } from './installation-service';
import { registersOfWorkspaces, type TeamAccessChange } from './team-access-registers';

/**
 * product §10.4: an org admin added the org-wide app to workspaces again. A register taken out of
 * service when the app was removed from its workspace is back, with everything in it, as long as
 * the grace period has not erased it (a workspace new to Touchbase gets its register on first use).
 */
export class GrantTeamAccess {
  constructor(private readonly deps: { installations: InstallationService; lifecycle: WorkspaceLifecycle }) {}

  async execute(change: TeamAccessChange): Promise<{ registers: string[] }> {
    const registers = await registersOfWorkspaces(this.deps.installations, change);
    for (const slackTeamId of registers) await this.deps.lifecycle.markReinstalled(slackTeamId);
    return { registers };
  }
}
