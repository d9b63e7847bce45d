import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused, ConflictError } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { mayDelete } from './activity-visibility';
import { type ActionExpectation, actOnActivity } from './load-for-action';

/** Soft delete by the creator, the responsible or an admin (product §3.2); undoable for 30 days. */
export class DeleteActivity {
  constructor(private readonly deps: { activities: Activities; clock: Clock }) {}

  execute(viewer: Viewer, id: number, expected: ActionExpectation = {}): Promise<ActivityRecord> {
    return actOnActivity(this.deps, { viewer, id, expected }, async (current, now) => {
      if (!mayDelete(viewer, current)) throw new ActivityActionRefused('not_allowed', current);
      const deleted = await this.deps.activities.softDeleteIfVersion(
        { workspaceId: viewer.workspaceId, id, version: current.version },
        { employeeId: viewer.employeeId, at: now },
      );
      if (!deleted) throw new ConflictError(current);
      return deleted;
    });
  }
}
