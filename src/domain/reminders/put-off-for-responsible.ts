import { ActivityActionRefused } from '../activities/activity-errors';
import type { Activities } from '../activities/activity-ports';
import type { ActivityRecord } from '../activities/activity-record';
import { visibleTo } from '../activities/activity-visibility';
import { type ActionExpectation, loadForAction } from '../activities/load-for-action';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ReminderSchedule } from './reminder-ports';

export interface PutOffDeps {
  activities: Activities;
  schedule: ReminderSchedule;
  clock: Clock;
}

/**
 * What a reminder's *Snooze* and an outcome prompt's *Not yet* share: only the
 * responsible may put off their own message, of an activity not yet done; the
 * activity itself is not edited (no version, no history). `putOff` schedules the
 * next message; the activity is answered as it is now.
 */
export async function putOffForResponsible(
  deps: PutOffDeps,
  viewer: Viewer,
  {
    id,
    expected = {},
    putOff,
  }: {
    id: number;
    expected?: ActionExpectation;
    /** Schedules the next message about `current`. */
    putOff: (current: ActivityRecord, now: Date) => Promise<void>;
  },
): Promise<ActivityRecord> {
  const now = deps.clock.now();
  const current = await loadForAction(deps.activities, viewer, { id, now, expected });
  if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
  if (current.responsible.id !== viewer.employeeId) throw new ActivityActionRefused('reassigned', current);
  await putOff(current, now);
  return (await deps.activities.find(visibleTo(viewer), id)) ?? current;
}
