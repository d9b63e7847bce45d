/**
 * Tags our parsers and refiners put on chrono's components, so later refiners and
 * the reading of a result know what a phrase said beyond its numbers.
 */
export const TAG = {
  /** The hour is a default of the phrase ("eftermiddag", "next week"): a clock time typed with it wins. */
  softHour: 'touchbase/softHour',
  /** A part of the day ("eftermiddag", "kväll"): it may stand with a day and with a clock time. */
  partOfDay: 'touchbase/partOfDay',
} as const;
