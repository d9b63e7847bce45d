import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { startOfDay } from 'date-fns/startOfDay';
import { isWorkingDate } from '../calendar/work-calendar';
import type { Employee } from '../employees/employee';
import type { Workspace } from '../workspaces/workspace';

/** When someone works (product §5.6): their hours on their days, in their zone, the workspace's holidays off. */
export interface WorkingTime {
  timezone: string;
  startHour: number;
  /** Exclusive; 24 is midnight. */
  endHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  holidayCountry: string | null;
}

export function workingTimeOf(
  employee: Pick<Employee, 'timezone' | 'workStartHour' | 'workEndHour' | 'workDays'>,
  workspace: Pick<Workspace, 'holidayCountry'>,
): WorkingTime {
  return {
    timezone: employee.timezone,
    startHour: employee.workStartHour,
    endHour: employee.workEndHour,
    days: employee.workDays,
    holidayCountry: workspace.holidayCountry,
  };
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `day`'s date as `format(day, 'yyyy-MM-dd')` writes it, read from its own getters (a
 * TZDate's are its zone's): format cost about 0.1 ms of CPU per assignment (issue 12).
 * Years outside four digits are left to format.
 */
function localDateOf(day: Date): string {
  const year = day.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return format(day, 'yyyy-MM-dd');
  return `${year}-${twoDigits(day.getMonth() + 1)}-${twoDigits(day.getDate())}`;
}

function workingDay(day: Date, time: WorkingTime): boolean {
  // getDay() counts Sunday as 0; the ISO weekday ('i') as 7.
  return isWorkingDate(
    { workDays: time.days, holidayCountry: time.holidayCountry },
    localDateOf(day),
    day.getDay() || 7,
  );
}

export function isWorkingMoment(at: Date, time: WorkingTime): boolean {
  const local = new TZDate(at, time.timezone);
  const minute = local.getHours() * 60 + local.getMinutes();
  return workingDay(local, time) && minute >= time.startHour * 60 && minute < time.endHour * 60;
}

// A year of days: a calendar with working days at all has one within it.
const SEARCH_DAYS = 370;

/** `at` when it is working time, else the start of the next working day's hours; null when there is none. */
export function nextWorkingMoment(at: Date, time: WorkingTime): Date | null {
  if (isWorkingMoment(at, time)) return at;
  let day = startOfDay(new TZDate(at, time.timezone));
  for (let step = 0; step < SEARCH_DAYS; step += 1) {
    const start = new TZDate(day, time.timezone);
    start.setHours(time.startHour, 0, 0, 0);
    if (start.getTime() > at.getTime() && workingDay(day, time)) return new Date(start.getTime());
    day = addDays(day, 1);
  }
  return null;
}

/**
 * Quiet hours (product §5.6): a reminder, outcome prompt or assignment message due now
 * outside the recipient's working time waits until their next working moment — unless
 * the activity itself starts outside it (they work then). Null: send now.
 */
export function quietUntil(now: Date, activityStart: Date, time: WorkingTime): Date | null {
  if (isWorkingMoment(now, time) || !isWorkingMoment(activityStart, time)) return null;
  return nextWorkingMomentOutside(now, time);
}

/** Most calendars whose last answer is kept (one per distinct working time in use). */
const KEPT_ANSWERS = 1000;
const lastAnswers = new Map<string, { from: number; until: number }>();

/**
 * nextWorkingMoment for a moment outside working time, remembering the last answer per
 * calendar: every moment from the one asked up to (not including) the answer has that
 * same answer, since no working day's hours begin between them. A weekend's or a night's
 * assignments each searched the days ahead again, about 80 µs of CPU (issue 12).
 */
function nextWorkingMomentOutside(at: Date, time: WorkingTime): Date | null {
  const key = `${time.timezone}|${time.startHour}|${time.endHour}|${time.days.join(',')}|${time.holidayCountry}`;
  const last = lastAnswers.get(key);
  const ms = at.getTime();
  if (last && last.from <= ms && ms < last.until) return new Date(last.until);
  const next = nextWorkingMoment(at, time);
  if (next) {
    if (lastAnswers.size >= KEPT_ANSWERS && !last) lastAnswers.clear();
    lastAnswers.set(key, { from: ms, until: next.getTime() });
  }
  return next;
}
