import { TZDate } from '@date-fns/tz';
import { RRule, Weekday as RRuleWeekday } from 'rrule';
import { isTimeZone } from '../calendar/local-time';
import type { LocalDay } from './parse-rrule';
import { formatRrule, type RepeatRule, WEEKDAYS, type Weekday } from './repeat-rule';

/*
 * rrule computes in "floating" time: a Date whose UTC fields are the wall clock of the
 * series' time zone. Each instant goes in as its wall clock there and comes back out
 * through the zone, so 10:00 stays 10:00 on both sides of a daylight-saving change.
 */

function toFloating(instant: Date, timeZone: string): Date {
  const local = new TZDate(instant.getTime(), timeZone);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}

function fromFloating(floating: Date, timeZone: string): Date {
  const local = new TZDate(
    floating.getUTCFullYear(),
    floating.getUTCMonth(),
    floating.getUTCDate(),
    floating.getUTCHours(),
    floating.getUTCMinutes(),
    floating.getUTCSeconds(),
    0,
    timeZone,
  );
  return new Date(local.getTime());
}

/** The zone a series keeps its times in: the responsible's, when the runtime knows it. */
export function seriesTimeZone(responsibleZone: string, fallback: string): string {
  return isTimeZone(responsibleZone) ? responsibleZone : fallback;
}

/** The calendar day `instant` falls on in `timeZone`. */
export function localDayOf(instant: Date, timeZone: string): LocalDay {
  const local = new TZDate(instant.getTime(), timeZone);
  // getDay: 0 = Sunday; WEEKDAYS starts on Monday.
  const weekday = WEEKDAYS[(local.getDay() + 6) % 7] as Weekday;
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate(), weekday };
}

function floatingDayKey(floating: Date): string {
  return floating.toISOString().slice(0, 10);
}

/** The rule without its end (the end is counted by Touchbase: COUNT counts occurrences made, not slots). */
function unbounded(rule: RepeatRule, anchor: Date): RRule {
  const options = RRule.parseString(formatRrule({ pattern: rule.pattern, end: { kind: 'never' } }));
  return new RRule({ ...options, dtstart: anchor, wkst: RRuleWeekday.fromStr('MO') });
}

export interface NextOccurrenceQuery {
  rule: RepeatRule;
  /** When the series starts (its first occurrence's start): the rule's time of day and anchor. */
  seriesStart: Date;
  timeZone: string;
  /** The next occurrence starts strictly after this instant. */
  after: Date;
  /** Occurrences the series has had so far, the first included. */
  occurrencesSoFar: number;
}

/**
 * When the series' next occurrence starts, or null when it has ended (its count is used
 * up, or the next slot lies after its last day).
 */
export function nextOccurrence(query: NextOccurrenceQuery): Date | null {
  const { rule, timeZone } = query;
  if (rule.end.kind === 'count' && query.occurrencesSoFar >= rule.end.count) return null;
  const rrule = unbounded(rule, toFloating(query.seriesStart, timeZone));
  let from = toFloating(query.after, timeZone);
  // A wall-clock time around a daylight-saving change can map to an instant not after
  // `after` (the autumn's repeated hour): then the slot after that one is next.
  for (let attempt = 0; attempt < 3; attempt++) {
    const slot = rrule.after(from, false);
    if (!slot) return null;
    if (rule.end.kind === 'until' && floatingDayKey(slot) > rule.end.date) return null;
    const next = fromFloating(slot, timeZone);
    if (next.getTime() > query.after.getTime()) return next;
    from = slot;
  }
  return null;
}

/**
 * The slot the rule gives just before `before` (the series' start at the earliest): where the
 * series stood before it made the occurrence at `before`.
 */
export function previousSlot(query: {
  rule: RepeatRule;
  seriesStart: Date;
  timeZone: string;
  before: Date;
}): Date {
  const { rule, timeZone } = query;
  const anchor = toFloating(query.seriesStart, timeZone);
  const slot = unbounded(rule, anchor).before(toFloating(query.before, timeZone), false);
  return fromFloating(slot ?? anchor, timeZone);
}
