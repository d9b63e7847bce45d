import { localMoment } from '../calendar/local-time';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/**
 * What the recipient's own clock says it is, for the digest's greeting: morning
 * from 05:00, afternoon from 12:00, evening from 18:00. Between midnight and
 * 05:00 (or in a time zone we do not know) there is no fitting greeting: none.
 */
export function partOfDay(now: Date, timezone: string): PartOfDay | null {
  const moment = localMoment(now, timezone);
  if (!moment || moment.hour < 5) return null;
  if (moment.hour < 12) return 'morning';
  return moment.hour < 18 ? 'afternoon' : 'evening';
}
