import type { EraseUninstalledWorkspaces, ErasureSummary } from '../domain/installations/uninstall-workspace';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { type ScheduledJob, scheduledJob } from './scheduled-job';

/** 03:45 server time, after the nightly retention run. */
export const WORKSPACE_ERASURE_SCHEDULE = '45 3 * * *';

/** Erases workspaces uninstalled longer ago than UNINSTALL_RETENTION_DAYS (product §10.2). */
export function createWorkspaceErasureJob(deps: {
  erase: EraseUninstalledWorkspaces;
  logger: Logger;
  metrics: Metrics;
}): ScheduledJob<ErasureSummary> {
  return scheduledJob({
    name: 'workspace-erasure',
    cron: WORKSPACE_ERASURE_SCHEDULE,
    logger: deps.logger,
    metrics: deps.metrics,
    failed: 'uninstalled workspaces could not be erased; tomorrow again',
    run: async (log) => {
      const summary = await deps.erase.execute();
      for (const erased of summary.erased)
        log.info(erased, 'erased an uninstalled workspace after its grace period');
      return summary;
    },
  });
}
