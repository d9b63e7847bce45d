import { ActivityActionRefused } from '../activities/activity-errors';
import type { Activities } from '../activities/activity-ports';
import { actOnActivity } from '../activities/load-for-action';
import { type SavedChange, saveActivityChange } from '../activities/save-activity-change';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { SeriesKeeper } from './series-keeper';

/**
 * *Stop repeating* (product §3.6): the series makes no more occurrences; the open one stays
 * as a single activity, and its history says the repeat was stopped.
 */
export class StopRepeating {
  constructor(private readonly deps: { activities: Activities; series: SeriesKeeper; clock: Clock }) {}

  execute(viewer: Viewer, id: number): Promise<SavedChange> {
    return actOnActivity(this.deps, { viewer, id }, (current, now) => {
      const { seriesId } = current;
      if (seriesId === null || current.recurrence === null) {
        throw new ActivityActionRefused('not_repeating', current);
      }
      return saveActivityChange(this.deps.activities, viewer, {
        current,
        next: { ...current, recurrence: null },
        now,
        alongside: (tx) => this.deps.series.end(tx, seriesId, now),
      });
    });
  }
}
