import type { Parser } from 'chrono-node';
import { AFTER, alternation, BEFORE, SWEDISH_NUMBERS, swedishNumber } from './swedish-words';

const CLOCK_WORD = String.raw`(?:kl\.?|klockan)\s*`;
const HOUR = String.raw`(?:${alternation(Object.keys(SWEDISH_NUMBERS))}|\d{1,2})`;
const MINUTES_BY_WORD: Record<string, number> = { fem: 5, tio: 10, kvart: 15, tjugo: 20 };

// "kl 14-15", "14.30–15.30": the end of a range belongs to the phrase (the form's End is set by hand).
const UNTIL = String.raw`(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?`;

const FORMS = {
  clockWord: String.raw`${CLOCK_WORD}(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?${UNTIL}`,
  digits: String.raw`(?<hourOnly>\d{1,2})[:.](?<minuteOnly>\d{2})${UNTIL}`,
  spoken: String.raw`(?:${CLOCK_WORD})?(?:(?<offset>${alternation(Object.keys(MINUTES_BY_WORD))})\s+(?<direction>över|i)\s+)?(?<half>halv\s+)?(?<named>${HOUR})`,
};

/**
 * Swedish clock times: "kl 14", "kl. 9.15", "klockan 13", "14:30", "14.30", "kl
 * tre", "halv tre", "kvart över nio", "kvart i tio", "fem i halv fyra". The hour
 * is as typed; whether "tre" is 03 or 15 is the working-hours refiner's call.
 */
export const swedishClockParser = clockParser([FORMS.clockWord, FORMS.digits, FORMS.spoken]);

/** Only "kl 10"/"klockan 10" for English text, where "2.50" is a price and chrono reads "14:30" itself. */
export const klockanParser = clockParser([FORMS.clockWord]);

function clockParser(forms: string[]): Parser {
  const pattern = new RegExp(String.raw`${BEFORE}(?:${forms.join('|')})${AFTER}(?![:.,]\d)`, 'iu');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const time = clockTime(match);
      if (!time) return null;
      return context.createParsingComponents({ hour: time.hour, minute: time.minute });
    },
  };
}

function clockTime(match: RegExpMatchArray): { hour: number; minute: number } | null {
  const groups = match.groups ?? {};
  const digits = groups.hour ?? groups.hourOnly;
  if (digits !== undefined) return valid(Number(digits), Number(groups.minute ?? groups.minuteOnly ?? 0));
  // A bare word or number is no time: it needs "kl", "halv" or "… över/i …".
  const typed = match[0].trim().toLowerCase();
  const spoken = groups.half !== undefined || groups.direction !== undefined;
  if (!spoken && !/^(?:kl|klockan)/.test(typed)) return null;
  const named = swedishNumber(groups.named ?? '');
  // "halv tre" is half an hour before three; the hour before one is twelve.
  const before = (hour: number) => (hour === 1 ? 12 : hour - 1);
  let hour = groups.half !== undefined ? before(named) : named;
  let minute = groups.half !== undefined ? 30 : 0;
  const offset = MINUTES_BY_WORD[groups.offset?.toLowerCase() ?? ''] ?? 0;
  if (groups.direction?.toLowerCase() === 'över') minute += offset;
  else if (offset > 0) {
    minute -= offset;
    if (minute < 0) {
      minute += 60;
      hour = before(hour);
    }
  }
  return valid(hour, minute);
}

function valid(hour: number, minute: number) {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 ? { hour, minute } : null;
}
