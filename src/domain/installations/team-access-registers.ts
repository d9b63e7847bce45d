import type { InstallationService } from './installation-service';

/** Slack's `team_access_granted` / `team_access_revoked`: an org-wide app gained or lost workspaces. */
export interface TeamAccessChange {
  enterpriseId: string;
  teamIds: string[];
}

/**
 * The registers an org-wide install serves for these workspaces (product §10.4): each workspace's
 * own, when the organization keeps a register per workspace. A shared register serves the rest of
 * the organization and stays; a workspace with an install of its own is not the org app's to change.
 */
export async function registersOfWorkspaces(
  installations: InstallationService,
  change: TeamAccessChange,
): Promise<string[]> {
  const own = new Set(await installations.installedTeamIds());
  const registers: string[] = [];
  for (const teamId of change.teamIds) {
    if (own.has(teamId)) continue;
    const served = await installations.registerOf({
      teamId,
      enterpriseId: change.enterpriseId,
      isEnterpriseInstall: true,
    });
    if (served?.slackTeamId === teamId) registers.push(teamId);
  }
  return registers;
}
