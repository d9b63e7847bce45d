import type {
  ParsedComponents,
  ParsingComponents,
  ParsingContext,
  ParsingResult,
  Refiner,
} from 'chrono-node';
import { TAG } from './tags';

/** What may stand between a day and its time: "fredag 14:30", "i morgon, kl 10", "kl 10 på fredag", "at 9 on Friday". */
const BETWEEN = /^\s*(?:,|på|at|on|@|-)?\s*$/iu;

const DAY_PARTS = ['day', 'month', 'year', 'weekday'] as const;

export function namesDay(components: ParsedComponents): boolean {
  return DAY_PARTS.some((part) => components.isCertain(part));
}

/** A clock time typed; the default hour of a part of the day or of "next week" is only implied. */
export function namesClock(components: ParsedComponents): boolean {
  return components.isCertain('hour');
}

export function namesPartOfDay(components: ParsedComponents): boolean {
  return components.tags().has(TAG.partOfDay) && !components.isCertain('hour');
}

/**
 * One start from a day, a part of the day and a clock time typed next to each
 * other, in any order: "i morgon kl 10", "kl 10 på fredag", "på fredag
 * eftermiddag", "fredag eftermiddag kl 15", "i kväll kl 8" (20:00: the evening
 * says which eight).
 */
export const mergeDayAndTimeRefiner: Refiner = {
  refine: (context, results) => {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      const between = previous && context.text.slice(previous.index + previous.text.length, result.index);
      if (
        previous &&
        between !== undefined &&
        BETWEEN.test(between) &&
        belongTogether(previous.start, result.start)
      )
        merged[merged.length - 1] = joined(context, previous, result);
      else merged.push(result);
    }
    return merged;
  },
};

function belongTogether(a: ParsingComponents, b: ParsingComponents): boolean {
  if (namesDay(a) && namesDay(b)) return false;
  if (namesClock(a) && namesClock(b)) return false;
  if (namesPartOfDay(a) && namesPartOfDay(b)) return false;
  const kinds = [a, b].map((c) =>
    namesDay(c) ? 'day' : namesClock(c) ? 'clock' : namesPartOfDay(c) ? 'part' : '',
  );
  return kinds.every(Boolean);
}

function joined(context: ParsingContext, left: ParsingResult, right: ParsingResult): ParsingResult {
  const day = namesDay(right.start) ? right : left;
  const start = day.start.clone();
  start.addTags(left.start.tags()).addTags(right.start.tags());
  const clock = [left.start, right.start].find(namesClock);
  const part = [left.start, right.start].find((c) => c.tags().has(TAG.partOfDay));
  const end = right.index + right.text.length;
  if (clock) {
    let hour = clock.get('hour') ?? 0;
    // "kväll kl 8" is 20:00, "eftermiddag kl 3" 15:00.
    if (part && (part.get('hour') ?? 0) >= 12 && hour < 12 && !clock.isCertain('meridiem')) hour += 12;
    start.assign('hour', hour).assign('minute', clock.get('minute') ?? 0);
    if (clock.isCertain('meridiem') || hour >= 12) start.assign('meridiem', hour < 12 ? 0 : 1);
    return context.createParsingResult(left.index, end, start);
  }
  // A day and a part of the day: the part's hour, still a default.
  start.imply('hour', part?.get('hour') ?? 0).imply('minute', part?.get('minute') ?? 0);
  return context.createParsingResult(left.index, end, start);
}
