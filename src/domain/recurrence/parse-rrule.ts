import {
  COUNT_MAX,
  INTERVAL_MAX,
  MONTH_DAYS,
  type RepeatEnd,
  type RepeatPattern,
  type RepeatRule,
  sortWeekdays,
  WEEKDAYS,
  type Weekday,
  type WeekdayOrdinal,
} from './repeat-rule';

/** The calendar day a series starts on, in its time zone: what an RRULE leaves out comes from it. */
export interface LocalDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  weekday: Weekday;
}

export type RecurrenceProblem =
  | { kind: 'unreadable'; part: string }
  | { kind: 'unsupported'; part: string }
  | { kind: 'interval' }
  | { kind: 'count' }
  | { kind: 'countAndUntil' }
  /** A custom rule of days or months with weekdays ticked: weekdays belong to a weekly rule. */
  | { kind: 'weekdaysNeedWeeks' }
  | { kind: 'untilBeforeStart' };

/** An RRULE Touchbase cannot read or cannot show; `problem` says which, for a message in the reader's language. */
export class InvalidRecurrence extends Error {
  constructor(readonly problem: RecurrenceProblem) {
    super(`invalid recurrence: ${problem.kind}${'part' in problem ? ` (${problem.part})` : ''}`);
  }
}

const KNOWN = new Set([
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'COUNT',
  'UNTIL',
  'WKST',
]);
const MAX_TEXT = 300;

function splitParts(text: string): Map<string, string> {
  if (text.length > MAX_TEXT) throw new InvalidRecurrence({ kind: 'unreadable', part: 'length' });
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const piece of body.split(';')) {
    if (piece === '') continue;
    const match = /^([A-Za-z]+)=([A-Za-z0-9,+\-:]+)$/.exec(piece);
    if (!match) throw new InvalidRecurrence({ kind: 'unreadable', part: piece.slice(0, 40) });
    const name = (match[1] as string).toUpperCase();
    if (!KNOWN.has(name)) throw new InvalidRecurrence({ kind: 'unsupported', part: name });
    if (parts.has(name)) throw new InvalidRecurrence({ kind: 'unreadable', part: name });
    parts.set(name, (match[2] as string).toUpperCase());
  }
  return parts;
}

function wholeNumber(value: string, part: string): number {
  if (!/^[+-]?\d{1,6}$/.test(value)) throw new InvalidRecurrence({ kind: 'unreadable', part });
  return Number(value);
}

function numberList(value: string, part: string): number[] {
  return value.split(',').map((item) => wholeNumber(item, part));
}

function weekday(value: string): Weekday {
  const day = WEEKDAYS.find((d) => d === value);
  if (!day) throw new InvalidRecurrence({ kind: 'unreadable', part: 'BYDAY' });
  return day;
}

/** `BYMONTHDAY=15`, or the "latest of 28…N" form that keeps a 29th–31st in short months. */
function monthDay(parts: Map<string, string>, fallback: number): number {
  const value = parts.get('BYMONTHDAY');
  const setPos = parts.get('BYSETPOS');
  if (value === undefined) {
    if (setPos !== undefined) throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYSETPOS' });
    return fallback;
  }
  const days = numberList(value, 'BYMONTHDAY');
  if (days.length === 1 && setPos === undefined) {
    const day = days[0] as number;
    if (day < 1 || day > 31) throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYMONTHDAY' });
    return day;
  }
  const last = days[days.length - 1] as number;
  const clampForm = days.every((d, i) => d === 28 + i) && last >= 29 && last <= 31;
  if (!clampForm || setPos !== '-1') throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYMONTHDAY' });
  return last;
}

function interval(parts: Map<string, string>): number {
  const value = parts.get('INTERVAL');
  if (value === undefined) return 1;
  const n = wholeNumber(value, 'INTERVAL');
  if (n < 1 || n > INTERVAL_MAX) throw new InvalidRecurrence({ kind: 'interval' });
  return n;
}

function isoDay(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function end(parts: Map<string, string>, start: LocalDay): RepeatEnd {
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) throw new InvalidRecurrence({ kind: 'countAndUntil' });
  if (count !== undefined) {
    const n = wholeNumber(count, 'COUNT');
    if (n < 1 || n > COUNT_MAX) throw new InvalidRecurrence({ kind: 'count' });
    return { kind: 'count', count: n };
  }
  if (until !== undefined) {
    // A date, or a date-time whose day is taken: the product ends a series on a day.
    const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(until);
    if (!match) throw new InvalidRecurrence({ kind: 'unreadable', part: 'UNTIL' });
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (year < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      throw new InvalidRecurrence({ kind: 'unreadable', part: 'UNTIL' });
    }
    const date = isoDay(year, month, day);
    if (date < isoDay(start.year, start.month, start.day))
      throw new InvalidRecurrence({ kind: 'untilBeforeStart' });
    return { kind: 'until', date };
  }
  return { kind: 'never' };
}

function refuseUnless(parts: Map<string, string>, allowed: string[]): void {
  for (const name of parts.keys()) {
    if (!allowed.includes(name)) throw new InvalidRecurrence({ kind: 'unsupported', part: name });
  }
}

const ENDS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST'];

function pattern(parts: Map<string, string>, start: LocalDay): RepeatPattern {
  const freq = parts.get('FREQ');
  const every = interval(parts);
  switch (freq) {
    case 'DAILY': {
      refuseUnless(parts, [...ENDS, 'BYDAY']);
      const byDay = parts.get('BYDAY');
      if (byDay === undefined) return { freq: 'DAILY', interval: every };
      // Other calendars write "every weekday" as DAILY;BYDAY=MO,…,FR: the same days as WEEKLY.
      if (every !== 1) throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYDAY' });
      return { freq: 'WEEKLY', interval: 1, weekdays: sortWeekdays(byDay.split(',').map(weekday)) };
    }
    case 'WEEKLY': {
      refuseUnless(parts, [...ENDS, 'BYDAY']);
      const byDay = parts.get('BYDAY');
      const weekdays = byDay === undefined ? [start.weekday] : sortWeekdays(byDay.split(',').map(weekday));
      return { freq: 'WEEKLY', interval: every, weekdays };
    }
    case 'MONTHLY': {
      refuseUnless(parts, [...ENDS, 'BYDAY', 'BYMONTHDAY', 'BYSETPOS']);
      const byDay = parts.get('BYDAY');
      if (byDay === undefined)
        return { freq: 'MONTHLY', interval: every, on: { day: monthDay(parts, start.day) } };
      if (parts.has('BYMONTHDAY') || parts.has('BYSETPOS')) {
        throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYDAY' });
      }
      const match = /^([+-]?\d)([A-Z]{2})$/.exec(byDay);
      const nth = match ? Number(match[1]) : Number.NaN;
      if (!match || ![1, 2, 3, 4, -1].includes(nth))
        throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYDAY' });
      return {
        freq: 'MONTHLY',
        interval: every,
        on: { weekday: weekday(match[2] as string), nth: nth as WeekdayOrdinal },
      };
    }
    case 'YEARLY': {
      refuseUnless(parts, [...ENDS, 'BYMONTH', 'BYMONTHDAY', 'BYSETPOS']);
      const byMonth = parts.get('BYMONTH');
      const month = byMonth === undefined ? start.month : wholeNumber(byMonth, 'BYMONTH');
      if (month < 1 || month > 12) throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYMONTH' });
      const day = monthDay(
        parts,
        byMonth === undefined ? start.day : Math.min(start.day, MONTH_DAYS[month - 1] as number),
      );
      if (day > (MONTH_DAYS[month - 1] as number))
        throw new InvalidRecurrence({ kind: 'unsupported', part: 'BYMONTHDAY' });
      return { freq: 'YEARLY', interval: every, month, day };
    }
    case undefined:
      throw new InvalidRecurrence({ kind: 'unreadable', part: 'FREQ' });
    default:
      throw new InvalidRecurrence({ kind: 'unsupported', part: `FREQ=${freq}` });
  }
}

/**
 * Reads an RRULE (with or without its `RRULE:` prefix) for a series starting on `start`,
 * filling in what it leaves to the start as RFC 5545 does (the weekday of a weekly rule,
 * the day of a monthly one). Throws InvalidRecurrence for anything the product cannot show.
 */
export function parseRrule(text: string, start: LocalDay): RepeatRule {
  const parts = splitParts(text);
  const wkst = parts.get('WKST');
  if (wkst !== undefined && wkst !== 'MO') throw new InvalidRecurrence({ kind: 'unsupported', part: 'WKST' });
  return { pattern: pattern(parts, start), end: end(parts, start) };
}
