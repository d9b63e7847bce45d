import type { Refiner } from 'chrono-node';
import { dayFrom, daysToNext } from './calendar';

// Words that give a weekday its own meaning: chrono's reading of "next Friday" / "nästa fredag" stands.
const WEEKDAY_MODIFIER =
  /(?<![\p{L}])(?:next|this|last|past|nästa|kommande|förra|senaste|denna|den\s+här)(?![\p{L}])/iu;

/**
 * A weekday alone ("på fredag", "on Friday", "fredag") is the next such day
 * after today: typed on a Friday, "på fredag" is a week later — today would be
 * "i dag". "nästa fredag"/"next Friday" is Friday of next week (chrono's reading).
 */
export const nextWeekdayRefiner: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const start = result.start;
      if (!start.isOnlyWeekdayComponent() || WEEKDAY_MODIFIER.test(result.text)) continue;
      const day = dayFrom(context.refDate, daysToNext(context.refDate, start.get('weekday') ?? 0));
      start
        .imply('year', day.getFullYear())
        .imply('month', day.getMonth() + 1)
        .imply('day', day.getDate());
    }
    return results;
  },
};

/** How far back a date typed without a year may lie: logging what happened lately. */
const RECENT_DAYS = 31;

/**
 * A date without a year ("den 3 mars", "3/3", "Nov 20") is the first such day
 * from a month ago on: "den 20 november" typed on 26 November is last week's
 * meeting being logged, "den 3 mars" typed in November is next March.
 */
export const yearRefiner: Refiner = {
  refine: (context, results) => {
    const earliest = dayFrom(context.refDate, -RECENT_DAYS);
    for (const result of results) {
      const start = result.start;
      if (!start.isCertain('month') || !start.isCertain('day') || start.isCertain('year')) continue;
      const month = (start.get('month') ?? 1) - 1;
      const day = start.get('day') ?? 1;
      const year = [-1, 0, 1]
        .map((offset) => context.refDate.getFullYear() + offset)
        .find((candidate) => new Date(candidate, month, day) >= earliest);
      if (year !== undefined) start.imply('year', year);
    }
    return results;
  },
};
