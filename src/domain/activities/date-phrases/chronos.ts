import type * as Chrono from 'chrono-node';
import type { Locale } from '../../../i18n';
import { dayMonthSlashParser } from './day-month-slash-parser';
import { nextWeekdayRefiner, yearRefiner } from './day-rules';
import { leadingWordRefiner } from './leading-word-refiner';
import { mergeDayAndTimeRefiner } from './merge-day-and-time';
import { nextWeekParser } from './next-week-parser';
import { englishPartOfDayRefiner, swedishPartOfDayParser } from './part-of-day';
import { klockanParser, swedishClockParser } from './swedish-clock-parser';
import { swedishDayParser } from './swedish-day-parser';
import { swedishSpanParser } from './swedish-span-parser';
import { unlikelyPhrasesFilter, zoneNameRefiner } from './unlikely-phrases';
import { workingHoursRefiner } from './working-hours';

/** Loaded on first use: a tenth of a second to load, which a start need not pay. */
function loadChrono(): typeof Chrono {
  return require('chrono-node');
}

/** Ours run after chrono's own refiners (overlaps removed, weekdays joined to dates, its merges done). */
const REFINERS = [
  unlikelyPhrasesFilter,
  zoneNameRefiner,
  englishPartOfDayRefiner,
  mergeDayAndTimeRefiner,
  leadingWordRefiner,
  nextWeekdayRefiner,
  workingHoursRefiner,
  yearRefiner,
];

/**
 * chrono's Swedish configuration (ISO and day/month dates, "den 3 mars",
 * weekdays with "på"/"nästa") with the rest of what Swedish staff type added as
 * parsers: i dag/i morgon/i övermorgon/i går, "om två dagar", "nästa vecka",
 * clock times ("kl 14", "halv tre") and parts of the day. Ours come first, so
 * they win where chrono reads the same words.
 */
function swedish(dayStartHour: number): Chrono.Chrono {
  const chrono = loadChrono();
  const configuration = chrono.sv.createConfiguration(false, true);
  configuration.parsers.unshift(
    swedishDayParser,
    swedishSpanParser,
    nextWeekParser(dayStartHour),
    swedishClockParser,
    swedishPartOfDayParser,
  );
  configuration.refiners.push(...REFINERS);
  return new chrono.Chrono(configuration);
}

/**
 * chrono's casual English, with dates read day/month ("3/12" is 3 December),
 * "next week" starting on Monday, and Swedish clock times ("kl 10"), which
 * English-speaking staff in Sweden type too.
 */
function english(dayStartHour: number): Chrono.Chrono {
  const chrono = loadChrono();
  const configuration = chrono.en.configuration.createCasualConfiguration(false);
  configuration.parsers.unshift(dayMonthSlashParser, nextWeekParser(dayStartHour), klockanParser);
  configuration.refiners.push(...REFINERS);
  return new chrono.Chrono(configuration);
}

const built = new Map<string, Chrono.Chrono>();

/** The parser for a language; the hour a day starts only changes what "next week" means. */
export function chronoFor(language: Locale, dayStartHour: number): Chrono.Chrono {
  const key = `${language}:${dayStartHour}`;
  let parser = built.get(key);
  if (!parser) {
    parser = language === 'sv' ? swedish(dayStartHour) : english(dayStartHour);
    built.set(key, parser);
  }
  return parser;
}
