import { TZDate } from '@date-fns/tz';
import type * as Chrono from 'chrono-node';
import type { Locale } from '../../i18n';
import type { Clock } from '../clock';
import { SUBJECT_MAX } from './activity-input';

export interface QuickAddPerson {
  id: number;
  name: string;
}

/** Persons whose name the search finds for these words; fuzzy hits are fine, they are filtered here. */
export type FindPersons = (words: string) => Promise<QuickAddPerson[]>;

export interface QuickAddInput {
  text: string;
  clock: Clock;
  timezone: string;
  locale: Locale;
  findPersons: FindPersons;
}

export interface QuickAdd {
  subject: string;
  /** The named moment, or now when the text names none. */
  startAt: Date;
  /** Only a person the text names unambiguously. */
  person: QuickAddPerson | null;
}

/** Names longer than this are not typed into a one-line command. */
const MAX_NAME_WORDS = 4;
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;
const TRAILING_PUNCTUATION = /[,;:!?]+$/;
// Swedish times ("kl 10", "kl. 14.30", "klockan 9") that chrono's Swedish parser leaves out.
const CLOCK_WORD = String.raw`(?:kl\.?|klockan|at)`;
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const TIME_AFTER = new RegExp(
  String.raw`^\s*(?:${CLOCK_WORD}\s*${TIME}|(\d{1,2})[:.](\d{2}))(?![\d:.]*\d)`,
  'iu',
);
const TIME_BEFORE = new RegExp(String.raw`(?:^|\s)${CLOCK_WORD}\s*${TIME}\s*$`, 'iu');
const TIME_ANYWHERE = new RegExp(
  String.raw`(?<=^|\s)(?:(?:kl\.?|klockan)\s*${TIME}|(\d{1,2}):(\d{2}))(?=$|[\s,;!?])`,
  'iu',
);

interface Span {
  from: number;
  to: number;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

interface DatePhrase extends Span {
  time: WallTime;
}

/**
 * `/activity <free text>` (SPEC 4): a date/time phrase becomes the start, in the
 * user's time zone; a person the text names unambiguously becomes the person;
 * what is left is the subject.
 */
export async function parseQuickAdd(input: QuickAddInput): Promise<QuickAdd> {
  const now = input.clock.now();
  const wall = wallTime(now, input.timezone);
  const phrase = findDatePhrase(input.text, wall, input.locale);
  const removed: Span[] = phrase ? [phrase] : [];
  const named = await findPerson(input.text, removed, input.findPersons);
  if (named) removed.push(...named.spans);
  return {
    subject: without(input.text, removed).slice(0, SUBJECT_MAX).trim(),
    startAt: phrase ? instantOf(phrase.time, input.timezone) : now,
    person: named?.person ?? null,
  };
}

function wallTime(instant: Date, timezone: string): WallTime {
  const local = new TZDate(instant.getTime(), timezone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
  };
}

function instantOf(time: WallTime, timezone: string): Date {
  return new Date(
    new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, timezone).getTime(),
  );
}

/**
 * chrono reads dates in the process's own time zone whatever it is told (its
 * Swedish parser ignores the reference zone), so it is given the user's wall
 * clock as a local date and its answer is read back as a wall clock.
 */
function findDatePhrase(text: string, now: WallTime, locale: Locale): DatePhrase | null {
  // Loaded on first use: a tenth of a second to load, which a start need not pay.
  const chrono: typeof Chrono = require('chrono-node');
  const reference = new Date(now.year, now.month - 1, now.day, now.hour, now.minute);
  const parsers = locale === 'sv' ? [chrono.sv, chrono.en] : [chrono.en, chrono.sv];
  for (const parser of parsers) {
    const [result] = parser.parse(text, reference, { forwardDate: true });
    if (result) return withClockTime(text, result, now);
  }
  return standaloneTime(text, now);
}

function withClockTime(text: string, result: Chrono.ParsedResult, now: WallTime): DatePhrase {
  const start = result.start;
  const phrase: DatePhrase = {
    from: result.index,
    to: result.index + result.text.length,
    time: {
      year: start.get('year') ?? now.year,
      month: start.get('month') ?? now.month,
      day: start.get('day') ?? now.day,
      hour: start.get('hour') ?? now.hour,
      minute: start.get('minute') ?? now.minute,
    },
  };
  if (start.isCertain('hour')) return phrase;
  const after = TIME_AFTER.exec(text.slice(phrase.to));
  const afterTime = after && clock(after[1] ?? after[3], after[2] ?? after[4]);
  if (after && afterTime)
    return { ...phrase, to: phrase.to + after[0].length, time: { ...phrase.time, ...afterTime } };
  const before = TIME_BEFORE.exec(text.slice(0, phrase.from));
  const beforeTime = before && clock(before[1], before[2]);
  if (before && beforeTime) {
    const from = before.index + before[0].length - before[0].trimStart().length;
    return { ...phrase, from, time: { ...phrase.time, ...beforeTime } };
  }
  // A day without a time keeps the time the form would have shown.
  return { ...phrase, time: { ...phrase.time, hour: now.hour, minute: now.minute } };
}

/** "kl 14" or "14:30" alone means today. */
function standaloneTime(text: string, now: WallTime): DatePhrase | null {
  const match = TIME_ANYWHERE.exec(text);
  const time = match && clock(match[1] ?? match[3], match[2] ?? match[4]);
  if (!match || !time) return null;
  return { from: match.index, to: match.index + match[0].length, time: { ...now, ...time } };
}

function clock(hourText: string | undefined, minuteText: string | undefined) {
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (hourText === undefined || hour > 23 || minute > 59) return null;
  return { hour, minute };
}

interface Word extends Span {
  text: string;
}

/**
 * Runs of name-like words, longest first from each word: a run naming exactly one
 * person (exactly, or as the start of a single name) is that person; a run that
 * fits several is ambiguous, and an ambiguous text names nobody.
 */
async function findPerson(
  text: string,
  removed: Span[],
  findPersons: FindPersons,
): Promise<{ person: QuickAddPerson; spans: Span[] } | null> {
  const found: { person: QuickAddPerson; span: Span }[] = [];
  for (const run of nameRuns(text, removed)) {
    let i = 0;
    while (i < run.length) {
      let used = 1;
      for (let length = Math.min(MAX_NAME_WORDS, run.length - i); length >= 1; length--) {
        const words = run.slice(i, i + length);
        const typed = words.map((word) => word.text).join(' ');
        const persons = namedBy(typed, await findPersons(typed));
        if (persons.length === 0) continue;
        if (persons.length > 1) return null;
        const [person] = persons as [QuickAddPerson];
        found.push({ person, span: { from: words[0]!.from, to: words[length - 1]!.to } });
        used = length;
        break;
      }
      i += used;
    }
  }
  const ids = new Set(found.map((hit) => hit.person.id));
  if (ids.size !== 1) return null;
  return { person: found[0]!.person, spans: found.map((hit) => hit.span) };
}

/** Consecutive name-like words outside the date phrase. */
function nameRuns(text: string, removed: Span[]): Word[][] {
  const runs: Word[][] = [[]];
  for (const token of text.matchAll(/\S+/g)) {
    const word = token[0].replace(TRAILING_PUNCTUATION, '');
    const from = token.index;
    const to = from + word.length;
    const outside = !removed.some((span) => from < span.to && to > span.from);
    if (outside && word.length >= 2 && NAME_WORD.test(word)) {
      runs.at(-1)!.push({ text: word, from, to });
      if (word.length < token[0].length) runs.push([]);
    } else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

/** Exactly the name wins; otherwise names starting with these whole words. */
function namedBy(words: string, hits: QuickAddPerson[]): QuickAddPerson[] {
  const typed = normalized(words);
  const unique = [...new Map(hits.map((hit) => [hit.id, hit])).values()];
  const exact = unique.filter((hit) => normalized(hit.name) === typed);
  if (exact.length > 0) return exact;
  return unique.filter((hit) => normalized(hit.name).startsWith(`${typed} `));
}

function normalized(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function without(text: string, spans: Span[]): string {
  let rest = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    rest += `${text.slice(at, Math.max(at, span.from))} `;
    at = Math.max(at, span.to);
  }
  return `${rest}${text.slice(at)}`
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:!?])/g, '$1')
    .trim();
}
