import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { type ActionExpectation, loadForAction, retryOnConflict } from './load-for-action';
import { saveActivityChange } from './save-activity-change';
import { applyTimingRules } from './timing-rules';

/** *Start*: a not-started activity goes to In progress. */
export class StartActivity {
  constructor(
    private readonly activities: Activities,
    private readonly clock: Clock,
  ) {}

  execute(viewer: Viewer, id: number, expected: ActionExpectation = {}): Promise<ActivityRecord> {
    return retryOnConflict(async () => {
      const current = await loadForAction(this.activities, viewer, { id, now: this.clock.now(), expected });
      if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
      if (current.status === 'IN_PROGRESS') throw new ActivityActionRefused('already_in_progress', current);
      const now = this.clock.now();
      const timing = applyTimingRules(
        { status: 'IN_PROGRESS', startAt: current.startAt, endAt: current.endAt, endSetByThisEdit: false },
        current,
        now,
      );
      return saveActivityChange(this.activities, viewer, { current, next: { ...current, ...timing }, now });
    });
  }
}
