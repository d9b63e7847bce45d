import { isPublicHoliday } from '../calendar/holidays';
import { localMoment } from '../calendar/local-time';

/**
 * A digest missed while the app was down is still sent later the same day, but
 * not in the evening: a morning summary arriving at 19:00 helps nobody.
 */
export const CATCH_UP_UNTIL_HOUR = 18;

/** Where recipients live: a time zone, and the country whose holidays apply to them. */
export interface Zone {
  timezone: string;
  holidayCountry: string | null;
}

/** A zone as its clock reads now, on a day that may carry digests (not a holiday). */
export interface DueWindow extends Zone {
  localDate: string;
  hour: number;
  isoWeekday: number;
}

/**
 * The zones whose local day may carry a digest now, with the local date, hour and
 * weekday the claim query compares each recipient's own hour and days against.
 * Unknown time zones and public holidays drop out here, once per zone.
 */
export function dueWindows(now: Date, zones: Zone[]): DueWindow[] {
  const windows: DueWindow[] = [];
  for (const zone of zones) {
    const moment = localMoment(now, zone.timezone);
    if (!moment || isPublicHoliday(zone.holidayCountry, moment.localDate)) continue;
    windows.push({ ...zone, ...moment });
  }
  return windows;
}

/**
 * Due once the digest hour has come, until the catch-up limit; a digest hour at or
 * after that limit still gets its own hour. The claim SQL says the same.
 */
export function isDueHour(hour: number, digestHour: number): boolean {
  return hour >= digestHour && (hour < CATCH_UP_UNTIL_HOUR || hour === digestHour);
}
