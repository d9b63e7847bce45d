import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { nextMonday } from 'date-fns/nextMonday';
import { startOfDay } from 'date-fns/startOfDay';
import { isWorkingDate, PLAIN_WEEK, type WorkCalendar } from '../calendar/work-calendar';
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

// Two weeks: a calendar with working days at all has one by then.
const NEXT_WEEK_DAYS = 14;

/**
 * Tomorrow, or next week's first working day (Monday, unless it is a public holiday of
 * the workspace's country or not a working weekday: product §3.5), at the user's digest
 * hour on their own calendar.
 */
export function snoozeTarget(
  now: Date,
  choice: SnoozeChoice,
  { timezone, hour, calendar = PLAIN_WEEK }: { timezone: string; hour: number; calendar?: WorkCalendar },
): Date {
  const today = startOfDay(new TZDate(now, timezone));
  let day = choice === 'tomorrow' ? addDays(today, 1) : nextMonday(today);
  if (choice === 'next_week') {
    const monday = day;
    for (let step = 0; step < NEXT_WEEK_DAYS; step += 1) {
      const candidate = addDays(monday, step);
      if (isWorkingDate(calendar, format(candidate, 'yyyy-MM-dd'), Number(format(candidate, 'i')))) {
        day = candidate;
        break;
      }
    }
  }
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
      calendar,
      expected = {},
    }: {
      id: number;
      choice: SnoozeChoice;
      digestHour: number;
      /** The workspace's working days and holidays: "next week" starts on its first working day. */
      calendar?: WorkCalendar;
      expected?: ActionExpectation;
    },
  ): Promise<ActivityRecord> {
    return actOnActivity(this.deps, { viewer, id, expected }, (current, now) => {
      if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
      const target = snoozeTarget(now, choice, { timezone: viewer.timezone, hour: digestHour, calendar });
      const moved =
        current.endAt === null
          ? { startAt: target, endAt: null }
          : { startAt: new Date(Math.min(current.startAt.getTime(), target.getTime())), endAt: target };
      const change = { status: current.status, ...moved, endSetByThisEdit: moved.endAt !== null };
      return saveTimingChange(this.deps.activities, viewer, { current, change, now });
    });
  }
}
