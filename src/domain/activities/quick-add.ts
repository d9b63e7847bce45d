import { TZDate } from '@date-fns/tz';
import type { Locale } from '../../i18n';
import type { Clock } from '../clock';
import { SUBJECT_MAX } from './activity-input';
import { findDatePhrase, type Span, type WallTime } from './date-phrases/date-phrase';

export interface QuickAddPerson {
  id: number;
  name: string;
}

/**
 * Persons named by any of these runs of words: exactly, or as the start or end of
 * their name (more hits are fine, they are filtered here). All runs are asked for
 * at once, so the text costs one look-up however many words it has.
 */
export type FindPersons = (runs: string[]) => Promise<QuickAddPerson[]>;

export interface QuickAddInput {
  text: string;
  clock: Clock;
  timezone: string;
  locale: Locale;
  /** The user's digest hour: "next week" starts on its Monday at this hour. */
  dayStartHour: number;
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

/**
 * `/activity <free text>` (product §4): a date/time phrase becomes the start, in the
 * user's time zone; a person the text names unambiguously becomes the person;
 * what is left is the subject. The phrases and what they mean are in
 * `date-phrases/`.
 */
export async function parseQuickAdd(input: QuickAddInput): Promise<QuickAdd> {
  const now = input.clock.now();
  const phrase = findDatePhrase(input.text, wallTime(now, input.timezone), {
    locale: input.locale,
    dayStartHour: input.dayStartHour,
  });
  const removed: Span[] = phrase ? [...phrase.spans] : [];
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
  const runs = nameRuns(text, removed);
  const typedRuns = runs.flatMap((run) =>
    run.flatMap((_, i) =>
      Array.from({ length: Math.min(MAX_NAME_WORDS, run.length - i) }, (_, l) =>
        typedOf(run.slice(i, i + l + 1)),
      ),
    ),
  );
  const candidates = typedRuns.length === 0 ? [] : await findPersons([...new Set(typedRuns)]);
  const found: { person: QuickAddPerson; span: Span }[] = [];
  for (const run of runs) {
    let i = 0;
    while (i < run.length) {
      let used = 1;
      for (let length = Math.min(MAX_NAME_WORDS, run.length - i); length >= 1; length--) {
        const words = run.slice(i, i + length);
        const persons = namedBy(typedOf(words), candidates);
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

const typedOf = (words: Word[]) => words.map((word) => word.text).join(' ');

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

/**
 * Exactly the name wins; otherwise names starting or ending with these whole
 * words: a first name ("Bob"), a surname ("Östergren") or both ends of a longer
 * name ("Maria Östergren" of Anna Maria Östergren).
 */
function namedBy(words: string, hits: QuickAddPerson[]): QuickAddPerson[] {
  const typed = normalized(words);
  const unique = [...new Map(hits.map((hit) => [hit.id, hit])).values()];
  const exact = unique.filter((hit) => normalized(hit.name) === typed);
  if (exact.length > 0) return exact;
  return unique.filter((hit) => {
    const name = normalized(hit.name);
    return name.startsWith(`${typed} `) || name.endsWith(` ${typed}`);
  });
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
