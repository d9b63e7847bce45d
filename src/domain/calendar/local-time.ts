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

/**
 * Answers already given: building a DateTimeFormat to ask costs about a tenth of a
 * millisecond, and every save, reminder, digest and Home asks for the same few zones.
 * Bounded, as the names come from Slack profiles.
 */
const knownZones = new Map<string, boolean>();
const KNOWN_ZONES_MAX = 1000;

export function isTimeZone(timezone: string): boolean {
  const known = knownZones.get(timezone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    valid = true;
  } catch {
    valid = false;
  }
  if (knownZones.size >= KNOWN_ZONES_MAX) knownZones.clear();
  knownZones.set(timezone, valid);
  return valid;
}

/** Null for a time zone this runtime does not know (data from Slack is not trusted blindly). */
export function localMoment(now: Date, timezone: string): LocalMoment | null {
  if (!isTimeZone(timezone)) return null;
  const local = new TZDate(now, timezone);
  return { localDate: format(local, 'yyyy-MM-dd'), hour: getHours(local), isoWeekday: getISODay(local) };
}
