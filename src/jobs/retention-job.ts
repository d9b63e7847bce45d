import type { Clock } from '../domain/clock';
import { ApplyRetention, type RetentionResult } from '../domain/privacy/apply-retention';
import type { RetentionRecords } from '../domain/privacy/privacy-ports';
import { type JobHost, type ScheduledJob, scheduledJob } from './scheduled-job';

/** 03:15 server time: after midnight everywhere near Europe, before the first digests. */
export const RETENTION_SCHEDULE = '15 3 * * *';

/**
 * The nightly clean-up, separate from the digests: the trash is emptied of what is past
 * 30 days always, and product §8 retention applied with RETENTION_DAYS.
 */
export function createRetentionJob(
  deps: JobHost & {
    records: RetentionRecords;
    clock: Clock;
    days: number | undefined;
  },
): ScheduledJob<RetentionResult> {
  const retention = new ApplyRetention({ repository: deps.records, clock: deps.clock, days: deps.days });
  return scheduledJob(deps, {
    name: 'retention',
    cron: RETENTION_SCHEDULE,
    failed: 'retention run failed; tomorrow again',
    run: async (log) => {
      const result = await retention.execute();
      if (result.ran)
        log.info(
          {
            purgedFromTrash: result.trash.activities,
            retention: result.retention
              ? { activities: result.retention.activities, historyEntries: result.retention.historyEntries }
              : 'off',
          },
          'retention run done',
        );
      else if (result.reason === 'locked') log.info('retention run skipped: another replica is running it');
      return result;
    },
  });
}
