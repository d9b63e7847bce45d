import type HolidaysLibrary from 'date-holidays';

// Loaded on first use: its data for every country takes a quarter of a second to load,
// which a start (and a workspace without a holiday country) need not pay.
let Holidays: typeof HolidaysLibrary | undefined;

/**
 * Kinds of date-holidays entries that are days off. 'public' are the legal
 * holidays; 'bank' days are the ones offices close on although the law does not
 * name them (in Sweden julafton, midsommarafton and nyårsafton, which the law on
 * annual leave treats like Sundays). 'observance', 'optional' and 'school' are
 * ordinary working days.
 */
const DAYS_OFF = new Set(['public', 'bank']);

/** "YYYY-MM-DD" of every day off, per country and year: the library is slow enough to remember. */
const cache = new Map<string, Set<string>>();

function daysOff(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Set();
    // An unknown country has no holidays rather than stopping every digest.
    const holidays = new (library())(country).getHolidays(year) || [];
    for (const holiday of holidays) {
      if (DAYS_OFF.has(holiday.type)) days.add(holiday.date.slice(0, 10));
    }
    cache.set(key, days);
  }
  return days;
}

function library(): typeof HolidaysLibrary {
  Holidays ??= require('date-holidays') as typeof HolidaysLibrary;
  return Holidays;
}

let countries: string[] | undefined;

/** The two-letter codes of every country whose holidays date-holidays knows, sorted. */
export function holidayCountryCodes(): string[] {
  countries ??= Object.keys(new (library())().getCountries('en')).sort();
  return countries;
}

export function isHolidayCountry(code: string): boolean {
  return holidayCountryCodes().includes(code);
}

/**
 * Whether a calendar date is a public holiday of the country (the workspace's setting).
 * The date is already local (the employee's or the team's), so no time zone is involved.
 */
export function isPublicHoliday(country: string | null, localDate: string): boolean {
  if (!country) return false;
  const year = Number(localDate.slice(0, 4));
  if (!Number.isInteger(year)) return false;
  return daysOff(country.toUpperCase(), year).has(localDate);
}
