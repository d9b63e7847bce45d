import { forEachWithConcurrency } from '../domain/digests/concurrency';
import type { SyncProfiles, SyncSummary } from '../domain/employees/sync-profiles';
import type { Workspace } from '../domain/workspaces/workspace';
import { type JobHost, type ScheduledJob, scheduledJob } from './scheduled-job';

/**
 * Daily at 22:30 UTC: before the first mornings of the day (Asia and Oceania), so
 * the digests of the next day go out in up-to-date time zones everywhere.
 */
export const PROFILE_SYNC_SCHEDULE = '30 22 * * *';

/**
 * Workspaces refreshed at once. Each reads its own directory with its own token (users.list
 * is limited per workspace), so a large workspace takes its time without holding up the rest.
 */
const WORKSPACES_AT_ONCE = 4;

/** The daily profile refresh of every served workspace, and one soon after start. */
export function createProfileSyncJob(
  deps: JobHost & {
    sync: SyncProfiles;
    /** The workspaces Touchbase serves now (one with SLACK_BOT_TOKEN; every installed one otherwise). */
    workspaces: () => Promise<Workspace[]>;
  },
): ScheduledJob<SyncSummary> {
  return scheduledJob(deps, {
    name: 'profile-sync',
    cron: PROFILE_SYNC_SCHEDULE,
    runAtStart: true,
    // Slack not answering is not our bug: a warning, and tomorrow's run.
    failed: 'employee profiles could not be refreshed; tomorrow tries again',
    failedLevel: 'warn',
    run: async (log) => {
      const total: SyncSummary = { seen: 0, refreshed: 0 };
      const failures: { slackTeamId: string; error: string }[] = [];
      await forEachWithConcurrency(await deps.workspaces(), WORKSPACES_AT_ONCE, async (workspace) => {
        try {
          const summary = await deps.sync.execute(workspace);
          total.seen += summary.seen;
          total.refreshed += summary.refreshed;
        } catch (error) {
          // One workspace's failure (Slack down for it, a revoked token) leaves the others refreshed.
          failures.push({ slackTeamId: workspace.slackTeamId, error: (error as Error).message });
        }
      });
      if (failures.length > 0) {
        throw new Error(
          `profiles of ${failures.length} workspace(s) not refreshed: ${failures.map((f) => `${f.slackTeamId} (${f.error})`).join(', ')}`,
        );
      }
      log.info(total, 'employee profiles refreshed from Slack');
      return total;
    },
  });
}
