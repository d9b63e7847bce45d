import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { type ActionExpectation, actOnActivity } from './load-for-action';
import { saveTimingChange } from './save-activity-change';

/** *Start*: a not-started activity goes to In progress. */
export class StartActivity {
  constructor(private readonly deps: { activities: Activities; clock: Clock }) {}

  execute(viewer: Viewer, id: number, expected: ActionExpectation = {}): Promise<ActivityRecord> {
    return actOnActivity(this.deps, { viewer, id, expected }, (current, now) => {
      if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
      if (current.status === 'IN_PROGRESS') throw new ActivityActionRefused('already_in_progress', current);
      const change = {
        status: 'IN_PROGRESS' as const,
        startAt: current.startAt,
        endAt: current.endAt,
        endSetByThisEdit: false,
      };
      return saveTimingChange(this.deps.activities, viewer, { current, change, now });
    });
  }
}
