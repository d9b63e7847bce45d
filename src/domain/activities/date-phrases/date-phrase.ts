import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Locale } from '../../../i18n';
import { chronoFor } from './chronos';
import { namesClock, namesDay } from './merge-day-and-time';
import { TAG } from './tags';

export interface Span {
  from: number;
  to: number;
}

/** A time on the user's own wall clock, in their time zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface DatePhrase {
  /** Where the words of the phrase are, to be left out of the subject. */
  spans: Span[];
  time: WallTime;
}

export interface DatePhraseOptions {
  /** The user's language is read first, the other one too. */
  locale: Locale;
  /** The user's digest hour: when "next week" starts on its Monday. */
  dayStartHour: number;
}

/**
 * The first date phrase in the text, read in the user's language and in the
 * other one (the longer first phrase wins, the user's language on a tie),
 * against `now` on the user's wall clock. chrono is handed that wall clock as a
 * local date and its answer is read back as a wall clock, so the user's time
 * zone, not the server's, decides what day it is. A day named without a time
 * keeps the time of day it is now; a day and a time apart in the sentence ("i
 * morgon … kl 15") are one start.
 */
export function findDatePhrase(text: string, now: WallTime, options: DatePhraseOptions): DatePhrase | null {
  const reference = new Date(now.year, now.month - 1, now.day, now.hour, now.minute);
  const [own, other] = options.locale === 'sv' ? (['sv', 'en'] as const) : (['en', 'sv'] as const);
  const ownResults = chronoFor(own, options.dayStartHour).parse(text, reference);
  const otherResults = chronoFor(other, options.dayStartHour).parse(text, reference);
  const results = covers(otherResults[0]) > covers(ownResults[0]) ? otherResults : ownResults;
  const [first, ...rest] = results;
  if (!first) return null;
  const partner = rest.find((result) => completes(first.start, result.start));
  const day = partner && namesDay(partner.start) ? partner.start : first.start;
  const clock = partner && namesClock(partner.start) ? partner.start : first.start;
  return {
    spans: [first, ...(partner ? [partner] : [])].map(spanOf),
    time: { ...dayOf(day, now), ...timeOf(clock, now) },
  };
}

function covers(result: ParsedResult | undefined): number {
  return result?.text.length ?? 0;
}

/** A clock time for a day named without one, or a day for a clock time alone. */
function completes(first: ParsedComponents, other: ParsedComponents): boolean {
  const dayOnly = (c: ParsedComponents) => namesDay(c) && !namesClock(c);
  const clockOnly = (c: ParsedComponents) => namesClock(c) && !namesDay(c);
  return (dayOnly(first) && clockOnly(other)) || (clockOnly(first) && dayOnly(other));
}

function spanOf(result: ParsedResult): Span {
  return { from: result.index, to: result.index + result.text.length };
}

function dayOf(start: ParsedComponents, now: WallTime) {
  return {
    year: start.get('year') ?? now.year,
    month: start.get('month') ?? now.month,
    day: start.get('day') ?? now.day,
  };
}

function timeOf(start: ParsedComponents, now: WallTime) {
  if (start.isCertain('hour') || start.tags().has(TAG.softHour))
    return { hour: start.get('hour') ?? now.hour, minute: start.get('minute') ?? 0 };
  return { hour: now.hour, minute: now.minute };
}
