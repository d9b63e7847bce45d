import type { Clock } from '../clock';
import type { SeriesKeeper, SeriesRestore } from '../recurrence/series-keeper';
import type { Viewer } from '../viewer';
import { ActivityActionRefused, ActivityNotFoundError, ConflictError } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { mayDelete, mayRestore, visibleEvenDeletedTo } from './activity-visibility';
import { retryOnConflict } from './load-for-action';

/** A restored activity, and for an occurrence what became of its series (product §3.6). */
export type RestoredActivity = ActivityRecord & { series?: SeriesRestore };

/**
 * *Undo* of a delete, by those who may delete, within 30 days. An occurrence of a series is
 * reconciled with its series in the same transaction (SeriesKeeper.restore), so undoing a
 * delete never leaves two open occurrences.
 */
export class RestoreActivity {
  constructor(private readonly deps: { activities: Activities; series: SeriesKeeper; clock: Clock }) {}

  execute(viewer: Viewer, id: number): Promise<RestoredActivity> {
    return retryOnConflict(async () => {
      const current = await this.deps.activities.find(visibleEvenDeletedTo(viewer), id);
      if (!current) throw new ActivityNotFoundError(id);
      const { deletedAt } = current;
      if (!deletedAt) throw new ActivityActionRefused('not_deleted', current);
      if (!mayDelete(viewer, current)) throw new ActivityActionRefused('not_allowed', current);
      const now = this.deps.clock.now();
      if (!mayRestore(viewer, current, now)) throw new ActivityActionRefused('undo_expired', current);
      const by = { employeeId: viewer.employeeId, at: now };
      let series: SeriesRestore | undefined;
      const restored = await this.deps.activities.restoreIfVersion(
        { workspaceId: viewer.workspaceId, id, version: current.version },
        by,
        async (tx, written) => {
          series = await this.deps.series.restore(tx, { restored: written, deletedAt, by });
        },
      );
      if (!restored) throw new ConflictError(current);
      if (!series) return restored;
      return { ...restored, ...(series.kind === 'detached' ? { recurrence: null } : {}), series };
    });
  }
}
