import type { ParsingComponents, ParsingContext } from 'chrono-node';

/**
 * chrono is handed the user's wall clock as a local date (see date-phrase.ts), so
 * calendar arithmetic here is plain local-date arithmetic on that reference.
 */
export function dayFrom(reference: Date, days: number): Date {
  return new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() + days);
}

/** Components that name this calendar day and leave the time of day open. */
export function onDay(context: ParsingContext, day: Date): ParsingComponents {
  return context.createParsingComponents({
    year: day.getFullYear(),
    month: day.getMonth() + 1,
    day: day.getDate(),
  });
}

/** Days from the reference to the next such weekday (0 Sunday … 6 Saturday), 1 to 7: never today. */
export function daysToNext(reference: Date, weekday: number): number {
  return (weekday - reference.getDay() + 7) % 7 || 7;
}

export function nextMonday(reference: Date): Date {
  return dayFrom(reference, daysToNext(reference, 1));
}
