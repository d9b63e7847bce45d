import { UNDO_WINDOW_DAYS } from '../activities/activity-visibility';
import type { Clock } from '../clock';
import type { RetentionBatch, RetentionRecords } from './privacy-ports';

export const RETENTION_BATCH = 1000;
/** How long a deleted person's tombstone in the API's person feed keeps the other system's external id. */
export const TOMBSTONE_EXTERNAL_ID_DAYS = 30;
const DAY_MS = 86_400_000;

export interface CleanupCounts {
  cutoff: Date;
  activities: number;
  historyEntries: number;
}

export type RetentionResult =
  | { ran: false; reason: 'locked' }
  | {
      ran: true;
      /** Deleted activities whose 30 days in the trash were over, gone for good. */
      trash: CleanupCounts;
      /** DONE activities past RETENTION_DAYS; null when it is unset. */
      retention: CleanupCounts | null;
      /** Tombstones of persons deleted more than 30 days ago whose external id was let go. */
      externalIdsCleared: number;
    };

/**
 * The nightly clean-up, under a lock so two replicas do not work against each
 * other, in batches, with an audit entry per workspace and kind carrying the counts:
 * - the trash: activities deleted more than 30 days ago (the undo window) are
 *   deleted for good with their history — every night, whatever RETENTION_DAYS says;
 * - product §8 retention: with RETENTION_DAYS, DONE activities completed more than
 *   that many days ago, with their history;
 * - the API's tombstones of persons deleted more than 30 days ago let go of the
 *   other system's external id (README "REST API").
 * Running it twice deletes nothing more the second time.
 */
export class ApplyRetention {
  private readonly batchSize: number;

  constructor(
    private readonly deps: {
      repository: RetentionRecords;
      clock: Clock;
      /** RETENTION_DAYS: DONE activities completed longer ago are deleted; unset, none are. */
      days?: number;
      batchSize?: number;
    },
  ) {
    this.batchSize = deps.batchSize ?? RETENTION_BATCH;
  }

  async execute(): Promise<RetentionResult> {
    const now = this.deps.clock.now();
    const result = await this.deps.repository.withLock(async () => {
      const workspaces = await this.deps.repository.workspaceIds();
      const trash = await this.each(workspaces, now, {
        action: 'trash.purged',
        days: UNDO_WINDOW_DAYS,
        batch: (id, cutoff) => this.deps.repository.purgeDeletedBatch(id, cutoff, this.batchSize),
      });
      const retention =
        this.deps.days === undefined
          ? null
          : await this.each(workspaces, now, {
              action: 'retention.run',
              days: this.deps.days,
              batch: (id, cutoff) => this.deps.repository.deleteBatch(id, cutoff, this.batchSize),
            });
      const externalIdsCleared = await this.deps.repository.clearTombstoneExternalIds(
        new Date(now.getTime() - TOMBSTONE_EXTERNAL_ID_DAYS * DAY_MS),
      );
      return { ran: true as const, trash, retention, externalIdsCleared };
    });
    return result ?? { ran: false, reason: 'locked' };
  }

  /** One kind of clean-up over every workspace, batch after batch, audited per workspace. */
  private async each(
    workspaces: number[],
    now: Date,
    {
      action,
      days,
      batch,
    }: {
      action: 'trash.purged' | 'retention.run';
      days: number;
      batch: (workspaceId: number, cutoff: Date) => Promise<RetentionBatch>;
    },
  ): Promise<CleanupCounts> {
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    const total = { cutoff, activities: 0, historyEntries: 0 };
    for (const workspaceId of workspaces) {
      const counts = { activities: 0, historyEntries: 0 };
      for (;;) {
        const done = await batch(workspaceId, cutoff);
        counts.activities += done.activities;
        counts.historyEntries += done.historyEntries;
        if (done.activities < this.batchSize) break;
      }
      await this.deps.repository.audit({
        workspaceId,
        at: now,
        action,
        details: { days, cutoff: cutoff.toISOString(), ...counts },
      });
      total.activities += counts.activities;
      total.historyEntries += counts.historyEntries;
    }
    return total;
  }
}
