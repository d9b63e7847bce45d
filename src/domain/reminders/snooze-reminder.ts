import { ActivityActionRefused } from '../activities/activity-errors';
import type { Activities } from '../activities/activity-ports';
import type { ActivityRecord } from '../activities/activity-record';
import { visibleTo } from '../activities/activity-visibility';
import { type ActionExpectation, loadForAction } from '../activities/load-for-action';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ReminderSchedule } from './reminder-ports';

/** The reminder's own *Snooze*: 15 minutes or an hour (product §5.4). */
export const REMIND_LATER_MINUTES = [15, 60] as const;
export type RemindLaterMinutes = (typeof REMIND_LATER_MINUTES)[number];

/**
 * *Snooze 15 min / 1 hour* on a reminder: the activity stays as it is and its
 * responsible is reminded again then. No version, no history: it is not an edit.
 * Only the responsible's own reminder may be put off.
 */
export class SnoozeReminder {
  constructor(private readonly deps: { activities: Activities; schedule: ReminderSchedule; clock: Clock }) {}

  async execute(
    viewer: Viewer,
    { id, minutes, expected = {} }: { id: number; minutes: RemindLaterMinutes; expected?: ActionExpectation },
  ): Promise<ActivityRecord> {
    const now = this.deps.clock.now();
    const current = await loadForAction(this.deps.activities, viewer, { id, now, expected });
    if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
    if (current.responsible.id !== viewer.employeeId) throw new ActivityActionRefused('reassigned', current);
    const at = new Date(now.getTime() + minutes * 60_000);
    await this.deps.schedule.remindAgainAt(viewer.workspaceId, id, at);
    return (await this.deps.activities.find(visibleTo(viewer), id)) ?? current;
  }
}
