import type { Parser } from 'chrono-node';
import { dayFrom, onDay } from './calendar';
import { AFTER, alternation, BEFORE, SWEDISH_WEEKDAYS } from './swedish-words';

const DAY_WORDS: Record<string, number> = {
  dag: 0,
  morgon: 1,
  morn: 1,
  övermorgon: 2,
  går: -1,
  förrgår: -2,
};

const PATTERN = new RegExp(
  String.raw`${BEFORE}(?:i\s*(?<word>${alternation(Object.keys(DAY_WORDS))})|(?<bare>övermorgon|förrgår)|i\s+(?<past>${alternation(Object.keys(SWEDISH_WEEKDAYS))})s)${AFTER}`,
  'iu',
);

/**
 * "i dag"/"idag", "i morgon"/"imorgon"/"i morn", "i övermorgon", "i går", "i
 * förrgår" — apart as the Swedish Academy writes them or together as most people
 * type them — and "i fredags" (the last Friday before today).
 */
export const swedishDayParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const groups = match.groups ?? {};
    const reference = context.refDate;
    const word = (groups.word ?? groups.bare)?.toLowerCase();
    if (word !== undefined) return onDay(context, dayFrom(reference, DAY_WORDS[word] ?? 0));
    const weekday = SWEDISH_WEEKDAYS[groups.past?.toLowerCase() ?? ''] ?? 0;
    const daysBack = (reference.getDay() - weekday + 7) % 7 || 7;
    return onDay(context, dayFrom(reference, -daysBack));
  },
};
