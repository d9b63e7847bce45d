import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { addWorkingDays } from '../activities/working-days';
import { isTimeZone } from '../calendar/local-time';
import type { WorkCalendar } from '../calendar/work-calendar';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const zoneOr = (timezone: string) => (isTimeZone(timezone) ? timezone : 'UTC');

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isLocalDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date on the viewer's clock. */
export function localToday(now: Date, timezone: string): string {
  return format(new TZDate(now, zoneOr(timezone)), 'yyyy-MM-dd');
}

function localMomentOf(date: string, minuteOfDay: number, timezone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const hour = Math.floor(minuteOfDay / 60);
  return new Date(new TZDate(year, month - 1, day, hour, minuteOfDay % 60, zoneOr(timezone)).getTime());
}

/**
 * product §3.7: a step's date is `offsetDays` working days after the launch date (the
 * workspace's working weekdays, its country's public holidays skipped); offset 0 is the
 * launch date itself.
 */
export function stepDate(
  launchDate: string,
  offsetDays: number,
  { timezone, calendar }: { timezone: string; calendar: WorkCalendar },
): string {
  const zone = zoneOr(timezone);
  const from = localMomentOf(launchDate, 12 * 60, zone);
  return format(
    new TZDate(addWorkingDays(from, offsetDays, { timezone: zone, calendar }), zone),
    'yyyy-MM-dd',
  );
}

/**
 * A step's start: the workspace's working-day start on its date, on its responsible's clock
 * (`timezone`) — or now, when that moment has already passed (a step due today, launched in
 * the afternoon).
 */
export function stepStart(
  date: string,
  { timezone, workDayStartMinute, now }: { timezone: string; workDayStartMinute: number; now: Date },
): Date {
  const start = localMomentOf(date, workDayStartMinute, timezone);
  return start < now ? now : start;
}
