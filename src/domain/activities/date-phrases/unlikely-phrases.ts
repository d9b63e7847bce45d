import type { ParsingResult, Refiner } from 'chrono-node';

/**
 * What chrono reads as a date but staff mean as a word: a weekday written as a
 * bare short abbreviation ("sat", "sun", "mon"; Swedish "on", "to", "må" — all
 * everyday words), and a month without a day ("jul" is Christmas in Swedish, "in
 * March" names no day to start on).
 */
export const unlikelyPhrasesFilter: Refiner = {
  refine: (_context, results) =>
    results.filter((result) => !bareWeekdayAbbreviation(result) && !monthOnly(result)),
};

function bareWeekdayAbbreviation(result: ParsingResult): boolean {
  const word = result.text.replace(/^[\s,(（]+|[\s,)）.]+$/gu, '');
  return result.start.isOnlyWeekdayComponent() && /^\p{L}{1,4}$/u.test(word);
}

function monthOnly(result: ParsingResult): boolean {
  const start = result.start;
  const relative = start.tags().has('result/relativeDate'); // "next month" is a day: a month from today
  return start.isCertain('month') && !start.isCertain('day') && !start.isCertain('weekday') && !relative;
}

// chrono reads a 2–4 letter word after a time as a time zone ("at 3 get …", "kl 10 hat …").
const TRAILING_WORD = /[\s,(]+\(?(\p{L}{2,4})\)?$/u;

/**
 * Times are always in the user's own time zone. A zone name typed in capitals
 * after a time ("3 pm EST") stays part of the phrase but changes nothing; a word
 * in lower case after a time that chrono took for a zone is given back to the
 * subject.
 */
export const zoneNameRefiner: Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const start = result.start;
      if (!start.isCertain('timezoneOffset') || start.tags().has('result/relativeDateAndTime')) continue;
      const trailing = TRAILING_WORD.exec(result.text);
      if (trailing && trailing[1] !== trailing[1]?.toUpperCase())
        result.text = result.text.slice(0, trailing.index);
      start.delete('timezoneOffset');
      result.end?.delete('timezoneOffset');
    }
    return results;
  },
};
