import { ActivityActionRefused } from '../activities/activity-errors';
import type { Activities } from '../activities/activity-ports';
import type { ActivityRecord } from '../activities/activity-record';
import { visibleTo } from '../activities/activity-visibility';
import { type ActionExpectation, loadForAction } from '../activities/load-for-action';
import { snoozeTarget } from '../activities/snooze-activity';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ReminderSchedule } from './reminder-ports';

/**
 * *Not yet* on "How did it go?" (product §5.5): asked once more, tomorrow at the
 * responsible's digest hour; the second prompt has no *Not yet*.
 */
export class PostponeOutcome {
  constructor(private readonly deps: { activities: Activities; schedule: ReminderSchedule; clock: Clock }) {}

  async execute(
    viewer: Viewer,
    { id, digestHour, expected = {} }: { id: number; digestHour: number; expected?: ActionExpectation },
  ): Promise<ActivityRecord> {
    const now = this.deps.clock.now();
    const current = await loadForAction(this.deps.activities, viewer, { id, now, expected });
    if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
    if (current.responsible.id !== viewer.employeeId) throw new ActivityActionRefused('reassigned', current);
    if (!current.outcomePostponed) {
      const at = snoozeTarget(now, 'tomorrow', { timezone: viewer.timezone, hour: digestHour });
      await this.deps.schedule.askOutcomeAgainAt(viewer.workspaceId, id, at);
    }
    return (await this.deps.activities.find(visibleTo(viewer), id)) ?? current;
  }
}
