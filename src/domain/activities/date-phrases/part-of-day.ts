import type { Parser, ParsingComponents, Refiner } from 'chrono-node';
import { dayFrom, onDay } from './calendar';
import { AFTER, alternation, BEFORE } from './swedish-words';
import { TAG } from './tags';

/**
 * The hour a part of the day starts in a working day, the same in both
 * languages: morning 08:00, förmiddag 09:00, noon 12:00, afternoon 13:00 (after
 * lunch, when Swedish "eftermiddag" starts), evening/tonight 18:00.
 */
export const PART_OF_DAY_HOURS = {
  morning: 8,
  forenoon: 9,
  noon: 12,
  afternoon: 13,
  evening: 18,
} as const;

type Part = keyof typeof PART_OF_DAY_HOURS;

const SWEDISH_PARTS: Record<string, Part> = {
  morgonen: 'morning',
  bitti: 'morning',
  förmiddag: 'forenoon',
  förmiddagen: 'forenoon',
  eftermiddag: 'afternoon',
  eftermiddagen: 'afternoon',
  kväll: 'evening',
  kvällen: 'evening',
  ikväll: 'evening',
};

/** The hour of a part of the day: a default that a clock time typed with it replaces. */
export function atPartOfDay(components: ParsingComponents, part: Part): ParsingComponents {
  return components
    .imply('hour', PART_OF_DAY_HOURS[part])
    .imply('minute', 0)
    .addTag(TAG.softHour)
    .addTag(TAG.partOfDay);
}

const SWEDISH_PATTERN = new RegExp(
  String.raw`${BEFORE}(?:(?<today>i)\s+|på\s+)?(?<part>${alternation(Object.keys(SWEDISH_PARTS))})${AFTER}`,
  'iu',
);

/**
 * "(på) eftermiddagen", "förmiddag", "kvällen", "bitti" — a part of the day that
 * joins a day ("på fredag eftermiddag", "i morgon bitti") — and "i eftermiddag",
 * "i kväll", "ikväll", which are today.
 */
export const swedishPartOfDayParser: Parser = {
  pattern: () => SWEDISH_PATTERN,
  extract: (context, match) => {
    const word = match.groups?.part?.toLowerCase() ?? '';
    const part = SWEDISH_PARTS[word];
    if (!part) return null;
    const today = match.groups?.today !== undefined || word === 'ikväll';
    const components = today
      ? onDay(context, dayFrom(context.refDate, 0))
      : context.createParsingComponents();
    return atPartOfDay(components, part);
  },
};

const ENGLISH_PARTS: Record<string, Part> = {
  'casualReference/morning': 'morning',
  'casualReference/afternoon': 'afternoon',
  'casualReference/evening': 'evening',
  'casualReference/tonight': 'evening',
};

/** chrono's English "morning", "afternoon", "evening" and "tonight" at the same hours as the Swedish ones. */
export const englishPartOfDayRefiner: Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      if (result.start.isCertain('hour')) continue;
      const tag = [...result.start.tags()].find((each) => each in ENGLISH_PARTS);
      const part = tag && ENGLISH_PARTS[tag];
      if (part) atPartOfDay(result.start, part);
    }
    return results;
  },
};
