import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { type ActionExpectation, loadForAction, retryOnConflict } from './load-for-action';
import { saveActivityChange } from './save-activity-change';
import { applyTimingRules } from './timing-rules';

/** *Done now* (the seed's clock icon): end = now and status Done in one step. */
export class CompleteActivity {
  constructor(
    private readonly activities: Activities,
    private readonly clock: Clock,
  ) {}

  execute(viewer: Viewer, id: number, expected: ActionExpectation = {}): Promise<ActivityRecord> {
    return retryOnConflict(async () => {
      const current = await loadForAction(this.activities, viewer, { id, now: this.clock.now(), expected });
      if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
      const now = this.clock.now();
      const timing = applyTimingRules(
        { status: 'DONE', startAt: current.startAt, endAt: null, endSetByThisEdit: true },
        current,
        now,
      );
      return saveActivityChange(this.activities, viewer, { current, next: { ...current, ...timing }, now });
    });
  }
}
