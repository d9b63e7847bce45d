import type { Parser } from 'chrono-node';
import { dayFrom, onDay } from './calendar';
import { AFTER, alternation, BEFORE, SWEDISH_NUMBERS, swedishNumber } from './swedish-words';

const UNITS: Record<string, { days?: number; months?: number; minutes?: number }> = {
  dag: { days: 1 },
  dagar: { days: 1 },
  vecka: { days: 7 },
  veckor: { days: 7 },
  månad: { months: 1 },
  månader: { months: 1 },
  timme: { minutes: 60 },
  timmar: { minutes: 60 },
  minut: { minutes: 1 },
  minuter: { minutes: 1 },
  kvart: { minutes: 15 },
  halvtimme: { minutes: 30 },
};

const COUNT = String.raw`(?:ett\s+par|${alternation(Object.keys(SWEDISH_NUMBERS))}|\d{1,3})`;

const PATTERN = new RegExp(
  String.raw`${BEFORE}(?:om\s+(?<count>${COUNT})\s+(?<unit>${alternation(Object.keys(UNITS))})|(?:nästa|kommande)\s+(?<next>månad))${AFTER}`,
  'iu',
);

/**
 * "om 2 dagar", "om två dagar", "om en vecka", "om ett par veckor", "om en
 * månad", "nästa månad" (as English "next month": a month from today), "om en
 * timme", "om en kvart": from now. Days, weeks and months keep the time of day;
 * hours and minutes are a clock time.
 */
export const swedishSpanParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const countText = (match.groups?.count ?? '1').toLowerCase();
    const count = /^ett\s+par$/.test(countText) ? 2 : swedishNumber(countText);
    const unit = UNITS[(match.groups?.unit ?? match.groups?.next)?.toLowerCase() ?? ''];
    if (!unit || !Number.isFinite(count)) return null;
    const reference = context.refDate;
    if (unit.minutes !== undefined) {
      const at = new Date(reference.getTime() + count * unit.minutes * 60_000);
      return onDay(context, at)
        .assign('hour', at.getHours())
        .assign('minute', at.getMinutes())
        .assign('meridiem', at.getHours() < 12 ? 0 : 1);
    }
    if (unit.months !== undefined) {
      const target = new Date(reference.getFullYear(), reference.getMonth() + count, 1);
      const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
      target.setDate(Math.min(reference.getDate(), lastDay));
      return onDay(context, target);
    }
    return onDay(context, dayFrom(reference, count * (unit.days ?? 1)));
  },
};
