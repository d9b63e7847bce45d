import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

/** A local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Guards the backwards walk: holidays never make 30 working days span more than this.
const MAX_DAYS_BACK = 1000;

function parts(date: LocalDate): [number, number, number] {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new Error(`not a local date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const [y, m, d] = parts(value);
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
}

/** The calendar day `days` after (or before, when negative) `date`; no time zone is involved. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The instant local midnight starts `date` in `timezone` (DST days included). */
export function startOfLocalDay(date: LocalDate, timezone: string): Date {
  const [y, m, d] = parts(date);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timezone).getTime());
}

export function localDateOf(instant: Date, timezone: string): LocalDate {
  return format(new TZDate(instant, timezone), 'yyyy-MM-dd');
}

/** One of the workspace's working weekdays (Monday to Friday unless it chose others) and not a holiday. */
export type WorkingDay = (date: LocalDate) => boolean;

export function workingDays(
  isHoliday: (date: LocalDate) => boolean,
  weekdays: readonly number[] = [1, 2, 3, 4, 5],
): WorkingDay {
  const known = new Map<LocalDate, boolean>();
  return (date) => {
    let working = known.get(date);
    if (working === undefined) {
      working = weekdays.includes(isoWeekday(date)) && !isHoliday(date);
      known.set(date, working);
    }
    return working;
  };
}

/**
 * Working days an item due at `dueAt` is overdue on `today`: the working days after its
 * due date up to and including today. Due on Friday, it is 1 working day overdue on Monday.
 */
export function overdueWorkingDays(
  dueAt: Date,
  today: LocalDate,
  { timezone, isWorkingDay }: { timezone: string; isWorkingDay: WorkingDay },
): number {
  let count = 0;
  for (let day = addLocalDays(localDateOf(dueAt, timezone), 1); day <= today; day = addLocalDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/**
 * The instant before which an item is overdue more than `threshold` working days on
 * `today`: the start of the (threshold + 1)-th working day counting back from today.
 * An item is past the threshold exactly when it is due before that, so the database
 * can select and count such items with one comparison.
 */
export function escalationCutoff(
  today: LocalDate,
  threshold: number,
  { timezone, isWorkingDay }: { timezone: string; isWorkingDay: WorkingDay },
): Date {
  let found = 0;
  let day = today;
  for (let back = 0; back < MAX_DAYS_BACK; back += 1, day = addLocalDays(day, -1)) {
    if (isWorkingDay(day)) found += 1;
    if (found === threshold + 1) return startOfLocalDay(day, timezone);
  }
  return startOfLocalDay(day, timezone);
}
