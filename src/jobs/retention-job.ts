import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../domain/clock';
import { ApplyRetention, type RetentionResult } from '../domain/privacy/apply-retention';
import type { RetentionRecords } from '../domain/privacy/privacy-ports';
import type { Logger } from '../observability/logger';

/** 03:15 server time: after midnight everywhere near Europe, before the first digests. */
export const RETENTION_SCHEDULE = '15 3 * * *';

export interface RetentionJob {
  /** Schedules the nightly run: the trash is emptied of what is past 30 days always, retention with RETENTION_DAYS. */
  start(): void;
  /** One run now (tests, and the nightly tick). */
  run(): Promise<RetentionResult>;
  stop(): Promise<void>;
}

/** The nightly clean-up (the trash, and product §8 retention), separate from the digest scheduler. */
export function createRetentionJob(deps: {
  records: RetentionRecords;
  clock: Clock;
  logger: Logger;
  days: number | undefined;
}): RetentionJob {
  const log = deps.logger.child({ component: 'retention' });
  const retention = new ApplyRetention(deps.records, deps.clock, deps.days);
  let task: ScheduledTask | undefined;
  let running: Promise<RetentionResult> | undefined;
  const run = (): Promise<RetentionResult> => {
    running ??= retention
      .run()
      .then((result) => {
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
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    start() {
      task = cron.schedule(
        RETENTION_SCHEDULE,
        () =>
          run().catch((error: unknown) => log.error({ err: error }, 'retention run failed; tomorrow again')),
        { name: 'retention', noOverlap: true },
      );
    },
    run,
    async stop() {
      await task?.stop();
      await running?.catch(() => undefined);
    },
  };
}
