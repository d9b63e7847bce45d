import type { Clock } from '../clock';
import type { SeriesKeeper } from '../recurrence/series-keeper';
import type { Viewer } from '../viewer';
import { ActivityActionRefused } from './activity-errors';
import type { Activities } from './activity-ports';
import { type ActionExpectation, actOnActivity } from './load-for-action';
import { type SavedChange, saveTimingChange } from './save-activity-change';

/**
 * *Done now* (the seed's clock icon): end = now and status Done in one step. An open
 * occurrence of a series makes the next one (product §3.6), told in `nextOccurrence`.
 */
export class CompleteActivity {
  constructor(private readonly deps: { activities: Activities; series: SeriesKeeper; clock: Clock }) {}

  execute(viewer: Viewer, id: number, expected: ActionExpectation = {}): Promise<SavedChange> {
    return actOnActivity(this.deps, { viewer, id, expected }, (current, now) => {
      if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
      const change = {
        status: 'DONE' as const,
        startAt: current.startAt,
        endAt: null,
        endSetByThisEdit: true,
      };
      return saveTimingChange(this.deps.activities, viewer, {
        current,
        change,
        now,
        series: this.deps.series,
      });
    });
  }
}
