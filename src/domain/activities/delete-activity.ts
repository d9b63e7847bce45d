import type { Clock } from '../clock';
import type { SeriesKeeper } from '../recurrence/series-keeper';
import type { SeriesScope } from '../recurrence/series-scope';
import type { WithinTransaction } from '../transaction';
import type { Viewer } from '../viewer';
import { ActivityActionRefused, ConflictError } from './activity-errors';
import type { Activities, Actor } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { mayDelete } from './activity-visibility';
import { type ActionExpectation, actOnActivity } from './load-for-action';
import type { SavedChange } from './save-activity-change';

/**
 * Soft delete by the creator, the responsible or an admin (product §3.2); undoable for 30 days.
 * An occurrence of a series (product §3.6) is deleted as *This one* (the default: the series
 * makes its next occurrence) or *This and following* (the series ends).
 */
export class DeleteActivity {
  constructor(private readonly deps: { activities: Activities; series: SeriesKeeper; clock: Clock }) {}

  execute(
    viewer: Viewer,
    id: number,
    options: ActionExpectation & { scope?: SeriesScope } = {},
  ): Promise<SavedChange> {
    return actOnActivity(this.deps, { viewer, id, expected: options }, async (current, now) => {
      if (!mayDelete(viewer, current)) throw new ActivityActionRefused('not_allowed', current);
      const by: Actor = { employeeId: viewer.employeeId, at: now };
      let moved: ActivityRecord | null | undefined;
      const { seriesId } = current;
      let alongside: WithinTransaction<ActivityRecord> | undefined;
      if (seriesId !== null && current.recurrence !== null) {
        alongside =
          options.scope === 'following'
            ? (tx) => this.deps.series.end(tx, seriesId, now)
            : async (tx, written) => {
                if (current.status !== 'DONE') moved = await this.deps.series.advance(tx, written, by);
              };
      }
      const deleted = await this.deps.activities.softDeleteIfVersion(
        { workspaceId: viewer.workspaceId, id, version: current.version },
        by,
        alongside,
      );
      if (!deleted) throw new ConflictError(current);
      return moved === undefined ? deleted : { ...deleted, nextOccurrence: moved };
    });
  }
}
