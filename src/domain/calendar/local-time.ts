import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { getHours } from 'date-fns/getHours';
import { getISODay } from 'date-fns/getISODay';

/** An instant as a wall clock in one time zone reads it. */
export interface LocalMoment {
  /** YYYY-MM-DD. */
  localDate: string;
  hour: number;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
}

export function isTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Null for a time zone this runtime does not know (data from Slack is not trusted blindly). */
export function localMoment(now: Date, timezone: string): LocalMoment | null {
  if (!isTimeZone(timezone)) return null;
  const local = new TZDate(now, timezone);
  return { localDate: format(local, 'yyyy-MM-dd'), hour: getHours(local), isoWeekday: getISODay(local) };
}
