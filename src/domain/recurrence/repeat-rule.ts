/**
 * A repeat rule as Touchbase understands it (product §3.6): the shapes the *Repeat* field
 * offers, stored and exchanged as an RFC 5545 RRULE. Anything else an RRULE can say
 * (hourly rules, week numbers, several days of the month …) is refused, because no
 * surface could show it truthfully.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which weekday of the month: the 1st … 4th, or the last (-1). */
export type WeekdayOrdinal = 1 | 2 | 3 | 4 | -1;

export type RepeatPattern =
  | { freq: 'DAILY'; interval: number }
  | { freq: 'WEEKLY'; interval: number; weekdays: Weekday[] }
  | { freq: 'MONTHLY'; interval: number; on: { day: number } | { weekday: Weekday; nth: WeekdayOrdinal } }
  | { freq: 'YEARLY'; interval: number; month: number; day: number };

export type RepeatEnd =
  | { kind: 'never' }
  /** The last day an occurrence may fall on (YYYY-MM-DD, in the series' time zone). */
  | { kind: 'until'; date: string }
  /** How many occurrences in all, the first one included. */
  | { kind: 'count'; count: number };

export interface RepeatRule {
  pattern: RepeatPattern;
  end: RepeatEnd;
}

export const INTERVAL_MAX = 99;
export const COUNT_MAX = 999;

/** The days of each month in a leap year: a yearly rule may fall on any day that exists some year. */
export const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Weekdays in calendar order, each once. */
export function sortWeekdays(days: Iterable<Weekday>): Weekday[] {
  const chosen = new Set(days);
  return WEEKDAYS.filter((day) => chosen.has(day));
}

/** Monday to Friday: *every weekday*. */
export const WORKWEEK: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

export function isWorkweek(days: readonly Weekday[]): boolean {
  return days.length === WORKWEEK.length && WORKWEEK.every((day, i) => days[i] === day);
}

/**
 * A day of the month that some month lacks (29–31) falls on the month's last day in
 * those months, as a monthly call on "the 31st" means: `BYMONTHDAY=28,…,31;BYSETPOS=-1`
 * picks the latest of those days the month has.
 */
function monthDayParts(day: number): string[] {
  if (day <= 28) return [`BYMONTHDAY=${day}`];
  const days: number[] = [];
  for (let d = 28; d <= day; d++) days.push(d);
  return [`BYMONTHDAY=${days.join(',')}`, 'BYSETPOS=-1'];
}

function untilPart(date: string): string {
  return `UNTIL=${date.replaceAll('-', '')}`;
}

/** The rule's canonical RRULE text (no `RRULE:` prefix): what is stored and what the API returns. */
export function formatRrule(rule: RepeatRule): string {
  const { pattern, end } = rule;
  const parts = [`FREQ=${pattern.freq}`];
  if (pattern.interval !== 1) parts.push(`INTERVAL=${pattern.interval}`);
  switch (pattern.freq) {
    case 'DAILY':
      break;
    case 'WEEKLY':
      parts.push(`BYDAY=${pattern.weekdays.join(',')}`);
      break;
    case 'MONTHLY':
      if ('day' in pattern.on) parts.push(...monthDayParts(pattern.on.day));
      else parts.push(`BYDAY=${pattern.on.nth > 0 ? '+' : ''}${pattern.on.nth}${pattern.on.weekday}`);
      break;
    case 'YEARLY':
      parts.push(`BYMONTH=${pattern.month}`, ...monthDayParts(pattern.day));
      break;
  }
  if (end.kind === 'count') parts.push(`COUNT=${end.count}`);
  if (end.kind === 'until') parts.push(untilPart(end.date));
  return parts.join(';');
}
