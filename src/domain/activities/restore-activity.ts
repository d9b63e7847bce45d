import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused, ActivityNotFoundError, ConflictError } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { mayDelete, mayRestore, visibleEvenDeletedTo } from './activity-visibility';
import { retryOnConflict } from './load-for-action';

/** *Undo* of a delete, by those who may delete, within 30 days. */
export class RestoreActivity {
  constructor(private readonly deps: { activities: Activities; clock: Clock }) {}

  execute(viewer: Viewer, id: number): Promise<ActivityRecord> {
    return retryOnConflict(async () => {
      const current = await this.deps.activities.find(visibleEvenDeletedTo(viewer), id);
      if (!current) throw new ActivityNotFoundError(id);
      if (!current.deletedAt) throw new ActivityActionRefused('not_deleted', current);
      if (!mayDelete(viewer, current)) throw new ActivityActionRefused('not_allowed', current);
      const now = this.deps.clock.now();
      if (!mayRestore(viewer, current, now)) throw new ActivityActionRefused('undo_expired', current);
      const restored = await this.deps.activities.restoreIfVersion(
        { workspaceId: viewer.workspaceId, id, version: current.version },
        { employeeId: viewer.employeeId, at: now },
      );
      if (!restored) throw new ConflictError(current);
      return restored;
    });
  }
}
