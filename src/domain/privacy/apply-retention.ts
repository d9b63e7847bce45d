import type { Clock } from '../clock';
import type { RetentionRecords } from './privacy-ports';

export const RETENTION_BATCH = 1000;
const DAY_MS = 86_400_000;

export type RetentionResult =
  | { ran: false; reason: 'off' | 'locked' }
  | { ran: true; cutoff: Date; activities: number; historyEntries: number };

/**
 * SPEC 8 retention: DONE activities completed more than `days` days ago are
 * deleted with their history, in batches, under a lock so two replicas do not
 * work against each other; each workspace gets an audit entry with the counts.
 * Running it twice deletes nothing more the second time.
 */
export class ApplyRetention {
  constructor(
    private readonly repository: RetentionRecords,
    private readonly clock: Clock,
    private readonly days: number | undefined,
    private readonly batchSize = RETENTION_BATCH,
  ) {}

  async run(): Promise<RetentionResult> {
    const days = this.days;
    if (days === undefined) return { ran: false, reason: 'off' };
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    const result = await this.repository.withLock(async () => {
      let activities = 0;
      let historyEntries = 0;
      for (const workspaceId of await this.repository.workspaceIds()) {
        const counts = { activities: 0, historyEntries: 0 };
        for (;;) {
          const batch = await this.repository.deleteBatch(workspaceId, cutoff, this.batchSize);
          counts.activities += batch.activities;
          counts.historyEntries += batch.historyEntries;
          if (batch.activities < this.batchSize) break;
        }
        await this.repository.audit(workspaceId, now, { days, cutoff: cutoff.toISOString(), ...counts });
        activities += counts.activities;
        historyEntries += counts.historyEntries;
      }
      return { ran: true as const, cutoff, activities, historyEntries };
    });
    return result ?? { ran: false, reason: 'locked' };
  }
}
