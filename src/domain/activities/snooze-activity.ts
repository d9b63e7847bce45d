import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { nextMonday } from 'date-fns/nextMonday';
import { startOfDay } from 'date-fns/startOfDay';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { type ActionExpectation, actOnActivity } from './load-for-action';
import { saveTimingChange } from './save-activity-change';

export const SNOOZE_CHOICES = ['tomorrow', 'next_week'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

export function isSnoozeChoice(value: unknown): value is SnoozeChoice {
  return SNOOZE_CHOICES.includes(value as SnoozeChoice);
}

/** Tomorrow, or next Monday, at the user's digest hour on their own calendar. */
export function snoozeTarget(
  now: Date,
  choice: SnoozeChoice,
  { timezone, hour }: { timezone: string; hour: number },
): Date {
  const today = startOfDay(new TZDate(now, timezone));
  const day = choice === 'tomorrow' ? addDays(today, 1) : nextMonday(today);
  day.setHours(hour, 0, 0, 0);
  return new Date(day.getTime());
}

/**
 * *Snooze*: the due time moves — the end when one is set, else the start. A start
 * that would then fall after the end moves along, so the activity stays valid.
 */
export class SnoozeActivity {
  constructor(private readonly deps: { activities: Activities; clock: Clock }) {}

  execute(
    viewer: Viewer,
    {
      id,
      choice,
      digestHour,
      expected = {},
    }: { id: number; choice: SnoozeChoice; digestHour: number; expected?: ActionExpectation },
  ): Promise<ActivityRecord> {
    return actOnActivity(this.deps, { viewer, id, expected }, (current, now) => {
      if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
      const target = snoozeTarget(now, choice, { timezone: viewer.timezone, hour: digestHour });
      const moved =
        current.endAt === null
          ? { startAt: target, endAt: null }
          : { startAt: new Date(Math.min(current.startAt.getTime(), target.getTime())), endAt: target };
      const change = { status: current.status, ...moved, endSetByThisEdit: moved.endAt !== null };
      return saveTimingChange(this.deps.activities, viewer, { current, change, now });
    });
  }
}
