import type { Refiner } from 'chrono-node';
import { namesClock, namesDay } from './merge-day-and-time';
import { TAG } from './tags';

const BEFORE_A_TIME = /(?<![\p{L}])(?:at|by)\s+$/iu;
const BEFORE_A_DAY = /(?<![\p{L}])(?:on|by|den)\s+$/iu;

/**
 * The little word that belongs to the phrase and would be left dangling in the
 * subject: "at noon", "on March 3", "by Friday", "den 3/3" (chrono takes it for
 * some phrases, not for these).
 */
export const leadingWordRefiner: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const before = context.text.slice(0, result.index);
      const timed = namesClock(result.start) || result.start.tags().has(TAG.partOfDay);
      const word = (timed ? BEFORE_A_TIME : namesDay(result.start) ? BEFORE_A_DAY : null)?.exec(before);
      if (!word) continue;
      const end = result.index + result.text.length;
      result.index = word.index;
      result.text = context.text.slice(word.index, end);
    }
    return results;
  },
};
