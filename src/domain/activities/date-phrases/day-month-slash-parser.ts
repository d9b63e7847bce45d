import type { Parser } from 'chrono-node';
import { AFTER, BEFORE } from './swedish-words';

const PATTERN = new RegExp(
  String.raw`${BEFORE}(?<day>\d{1,2})/(?<month>\d{1,2})(?:/(?<year>\d{4}|\d{2}))?${AFTER}(?!/)`,
  'u',
);

/**
 * "3/12" and "3/12/2026" as day/month, in English too: our users are in Sweden
 * and Britain, where 3/12 is the 3rd of December (chrono's English reads it
 * month first). A date that only works month first ("12/31") is left to chrono.
 */
export const dayMonthSlashParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const day = Number(match.groups?.day);
    const month = Number(match.groups?.month);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ day, month });
    const yearText = match.groups?.year;
    if (yearText !== undefined)
      components.assign('year', yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText));
    return components;
  },
};
