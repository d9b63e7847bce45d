import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { type ActionExpectation, actOnActivity } from './load-for-action';
import { saveTimingChange } from './save-activity-change';

/** *Done now* (the seed's clock icon): end = now and status Done in one step. */
export class CompleteActivity {
  constructor(private readonly deps: { activities: Activities; clock: Clock }) {}

  execute(viewer: Viewer, id: number, expected: ActionExpectation = {}): Promise<ActivityRecord> {
    return actOnActivity(this.deps, { viewer, id, expected }, (current, now) => {
      if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
      const change = {
        status: 'DONE' as const,
        startAt: current.startAt,
        endAt: null,
        endSetByThisEdit: true,
      };
      return saveTimingChange(this.deps.activities, viewer, { current, change, now });
    });
  }
}
