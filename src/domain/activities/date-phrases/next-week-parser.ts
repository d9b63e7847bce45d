import type { Parser } from 'chrono-node';
import { nextMonday, onDay } from './calendar';
import { AFTER, BEFORE } from './swedish-words';
import { TAG } from './tags';

const PATTERN = new RegExp(
  String.raw`${BEFORE}(?:(?:i\s+)?(?:nästa|kommande)\s+vecka|next\s+week)${AFTER}`,
  'iu',
);

/**
 * "nästa vecka", "i nästa vecka", "kommande vecka", "next week": Monday of next
 * week at the hour the user's day starts (their digest hour), as *Snooze → next
 * week* does. A clock time typed with it wins ("nästa vecka kl 10").
 */
export function nextWeekParser(dayStartHour: number): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context) =>
      onDay(context, nextMonday(context.refDate))
        .imply('hour', dayStartHour)
        .imply('minute', 0)
        .addTag(TAG.softHour),
  };
}
