import type { Refiner } from 'chrono-node';

/** An hour written with a leading zero ("03:00", "kl 03") means what it says. */
const LEADING_ZERO = /(?<![\p{N}/.-])0\d(?![\p{N}/-])/u;

/**
 * A clock time without am/pm from 1:00 to 6:59 is afternoon: "kl 3", "halv tre",
 * "at 3" are 15:00, 14:30 and 15:00, since nobody books a customer at three in
 * the night. 7:00–12:59 are as written (morning and noon), as are 24-hour times
 * ("15:00"), times with am/pm and times with a leading zero ("03:30").
 */
export const workingHoursRefiner: Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const start = result.start;
      const hour = start.get('hour') ?? 0;
      if (!start.isCertain('hour') || start.isCertain('meridiem') || hour < 1 || hour > 6) continue;
      if (LEADING_ZERO.test(result.text)) continue;
      start.assign('hour', hour + 12).assign('meridiem', 1);
    }
    return results;
  },
};
