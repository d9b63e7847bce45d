import type { EraseUninstalledWorkspaces, ErasureSummary } from '../domain/installations/uninstall-workspace';
import { type JobHost, type ScheduledJob, scheduledJob } from './scheduled-job';

/** 03:45 server time, after the nightly retention run. */
export const WORKSPACE_ERASURE_SCHEDULE = '45 3 * * *';

/** Erases workspaces uninstalled longer ago than UNINSTALL_RETENTION_DAYS (product §10.2). */
export function createWorkspaceErasureJob(
  deps: JobHost & {
    erase: EraseUninstalledWorkspaces;
  },
): ScheduledJob<ErasureSummary> {
  return scheduledJob(deps, {
    name: 'workspace-erasure',
    cron: WORKSPACE_ERASURE_SCHEDULE,
    failed: 'uninstalled workspaces could not be erased; tomorrow again',
    run: async (log) => {
      const summary = await deps.erase.execute();
      for (const erased of summary.erased)
        log.info(erased, 'erased an uninstalled workspace after its grace period');
      return summary;
    },
  });
}
