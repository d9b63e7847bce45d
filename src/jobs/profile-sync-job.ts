import type { SyncProfiles, SyncSummary } from '../domain/employees/sync-profiles';
import type { Workspace } from '../domain/workspaces/workspace';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { type ScheduledJob, scheduledJob } from './scheduled-job';

/**
 * Daily at 22:30 UTC: before the first mornings of the day (Asia and Oceania), so
 * the digests of the next day go out in up-to-date time zones everywhere.
 */
export const PROFILE_SYNC_SCHEDULE = '30 22 * * *';

/** The daily profile refresh, and one soon after start. */
export function createProfileSyncJob(deps: {
  sync: SyncProfiles;
  workspace: () => Promise<Workspace>;
  logger: Logger;
  metrics: Metrics;
}): ScheduledJob<SyncSummary> {
  return scheduledJob({
    name: 'profile-sync',
    cron: PROFILE_SYNC_SCHEDULE,
    runAtStart: true,
    logger: deps.logger,
    metrics: deps.metrics,
    // Slack not answering is not our bug: a warning, and tomorrow's run.
    failed: 'employee profiles could not be refreshed; tomorrow tries again',
    failedLevel: 'warn',
    run: async (log) => {
      const summary = await deps.sync.execute(await deps.workspace());
      log.info(summary, 'employee profiles refreshed from Slack');
      return summary;
    },
  });
}
