import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range';
export type Bucket = 'day' | 'week';

/** Half-open instant range [from, to). */
export interface Span {
  from: Date;
  to: Date;
}

/**
 * A statistics period in the viewer's time zone (product §6, 9): the period itself,
 * the previous one it is compared with, and how a chart buckets it.
 */
export interface StatsPeriod extends Span {
  unit: PeriodUnit;
  timezone: string;
  /** First and last local calendar day (inclusive), `yyyy-MM-dd`. */
  firstDay: string;
  lastDay: string;
  previous: Span & { firstDay: string; lastDay: string };
  bucket: Bucket;
}

export type PeriodError =
  | { kind: 'period'; word: string }
  | { kind: 'date'; word: string }
  | { kind: 'rangeOrder' }
  | { kind: 'rangeTooLong'; days: number };

/** Longer ranges would make a chart of hundreds of weeks; a year or two is what people compare. */
export const MAX_RANGE_DAYS = 731;
/** Up to about two months a chart has a bar per day, beyond that per week. */
const MAX_DAY_BUCKETS = 62;

const WEEK = { weekStartsOn: 1 } as const;

// English and Swedish words for the same periods, whatever the user's language.
const UNIT_WORDS: Record<string, Exclude<PeriodUnit, 'range'>> = {
  today: 'day',
  idag: 'day',
  week: 'week',
  vecka: 'week',
  month: 'month',
  månad: 'month',
  manad: 'month',
  quarter: 'quarter',
  kvartal: 'quarter',
  year: 'year',
  år: 'year',
  ar: 'year',
};

const START_OF: Record<Exclude<PeriodUnit, 'range'>, (d: TZDate) => TZDate> = {
  day: (d) => startOfDay(d),
  week: (d) => startOfWeek(d, WEEK),
  month: (d) => startOfMonth(d),
  quarter: (d) => startOfQuarter(d),
  year: (d) => startOfYear(d),
};

const ADD: Record<Exclude<PeriodUnit, 'range'>, (d: TZDate, n: number) => TZDate> = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
};

function dayKey(d: TZDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function build(
  unit: PeriodUnit,
  {
    start,
    end,
    previousStart,
    timezone,
  }: { start: TZDate; end: TZDate; previousStart: TZDate; timezone: string },
) {
  const days = differenceInCalendarDays(end, start);
  return {
    unit,
    timezone,
    from: new Date(start.getTime()),
    to: new Date(end.getTime()),
    firstDay: dayKey(start),
    lastDay: dayKey(addDays(end, -1)),
    previous: {
      from: new Date(previousStart.getTime()),
      to: new Date(start.getTime()),
      firstDay: dayKey(previousStart),
      lastDay: dayKey(addDays(start, -1)),
    },
    bucket: days <= MAX_DAY_BUCKETS ? 'day' : 'week',
  } satisfies StatsPeriod;
}

/** The calendar period around `now` (today, this week …) and the one before it. */
export function calendarPeriod(unit: Exclude<PeriodUnit, 'range'>, now: Date, timezone: string): StatsPeriod {
  const start = START_OF[unit](new TZDate(now, timezone));
  return build(unit, { start, end: ADD[unit](start, 1), previousStart: ADD[unit](start, -1), timezone });
}

/** ISO dates everywhere; day/month/year as people in Sweden and Britain write them. */
const DATE_FORMATS = ['yyyy-MM-dd', 'd/M/yyyy', 'd.M.yyyy'];

function parseDay(word: string, timezone: string): TZDate | null {
  for (const pattern of DATE_FORMATS) {
    const parsed = parse(word, pattern, new Date(2000, 0, 1));
    if (isValid(parsed) && parsed.getFullYear() >= 1900 && parsed.getFullYear() <= 2999)
      return new TZDate(parsed.getFullYear(), parsed.getMonth(), parsed.getDate(), timezone);
  }
  return null;
}

/**
 * Reads one period word: `today`, `week`, `month`, `quarter`, `year` (or the
 * Swedish `idag`, `vecka`, `månad`, `kvartal`, `år`), `YYYY-MM`, or `from..to`
 * with both days included. Null when the word is no period at all (it may be a
 * filter), an error when it looks like one but is wrong.
 */
export function parsePeriod(word: string, now: Date, timezone: string): StatsPeriod | PeriodError | null {
  const lower = word.toLowerCase();
  const unit = UNIT_WORDS[lower];
  if (unit) return calendarPeriod(unit, now, timezone);

  const month = /^(\d{4})-(\d{1,2})$/.exec(lower);
  if (month) {
    const monthIndex = Number(month[2]) - 1;
    if (monthIndex < 0 || monthIndex > 11) return { kind: 'date', word };
    const start = new TZDate(Number(month[1]), monthIndex, 1, timezone);
    return build('month', { start, end: addMonths(start, 1), previousStart: addMonths(start, -1), timezone });
  }

  if (lower.includes('..')) {
    const [fromWord = '', toWord = '', ...rest] = lower.split('..');
    if (rest.length > 0) return { kind: 'period', word };
    const first = parseDay(fromWord, timezone);
    if (!first) return { kind: 'date', word: fromWord || word };
    const last = parseDay(toWord, timezone);
    if (!last) return { kind: 'date', word: toWord || word };
    if (last < first) return { kind: 'rangeOrder' };
    const days = differenceInCalendarDays(last, first) + 1;
    if (days > MAX_RANGE_DAYS) return { kind: 'rangeTooLong', days: MAX_RANGE_DAYS };
    return build('range', {
      start: first,
      end: addDays(last, 1),
      previousStart: addDays(first, -days),
      timezone,
    });
  }

  // Something date-like that is not one of the forms above deserves its own explanation.
  if (/^\d/.test(lower)) return { kind: 'period', word };
  return null;
}

export function isPeriodError(value: StatsPeriod | PeriodError): value is PeriodError {
  return !('from' in value);
}
