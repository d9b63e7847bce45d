import type { Clock } from '../clock';
import type { InstallationQuery } from './installation';
import type { WorkspaceLifecycle } from './installation-ports';
import type { InstallationService } from './installation-service';

const DAY_MS = 24 * 60 * 60 * 1000;

export type UninstallReason = 'app_uninstalled' | 'tokens_revoked' | 'team_access_revoked';

/** When a register taken out of service at `at` may be erased (product §10.2). */
export function eraseAfterOf(at: Date, retentionDays: number): Date {
  return new Date(at.getTime() + retentionDays * DAY_MS);
}

/**
 * product §10.2: Touchbase was uninstalled from a workspace (or lost its bot token). Its
 * tokens are deleted at once, which stops every job and request for it; its data stays for
 * the grace period so a reinstall finds everything, then the erasure job removes it.
 */
export class UninstallWorkspace {
  constructor(
    private readonly deps: {
      installations: InstallationService;
      lifecycle: WorkspaceLifecycle;
      clock: Clock;
      retentionDays: number;
    },
  ) {}

  /**
   * A workspace's own install takes its register out of service; an org-wide one (product §10.4)
   * every register of the organization: each workspace's, or the organization's shared one.
   */
  async execute(
    query: InstallationQuery,
    reason: UninstallReason,
  ): Promise<{ eraseAfter: Date; registers: string[] }> {
    const at = this.deps.clock.now();
    const eraseAfter = eraseAfterOf(at, this.deps.retentionDays);
    await this.deps.installations.remove(query);
    const registers =
      query.isEnterpriseInstall && query.enterpriseId
        ? await this.deps.lifecycle.registersOf(query.enterpriseId)
        : query.teamId
          ? [query.teamId]
          : [];
    for (const slackTeamId of registers) {
      await this.deps.lifecycle.markUninstalled({ slackTeamId, at, reason, eraseAfter });
    }
    return { eraseAfter, registers };
  }
}

export interface ErasureSummary {
  erased: { slackTeamId: string; rows: number }[];
}

/** The nightly erasure of workspaces uninstalled longer ago than the grace period. */
export class EraseUninstalledWorkspaces {
  constructor(
    private readonly deps: { lifecycle: WorkspaceLifecycle; clock: Clock; retentionDays: number },
  ) {}

  async execute(): Promise<ErasureSummary> {
    const now = this.deps.clock.now();
    const due = await this.deps.lifecycle.uninstalledBefore(
      new Date(now.getTime() - this.deps.retentionDays * DAY_MS),
    );
    const erased: ErasureSummary['erased'] = [];
    for (const workspace of due) {
      const removed = await this.deps.lifecycle.erase(workspace, now);
      if (removed)
        erased.push({
          slackTeamId: workspace.slackTeamId,
          rows: Object.values(removed).reduce((sum, count) => sum + count, 0),
        });
    }
    return { erased };
  }
}
