import type { ListFilter } from './list-activities';

/**
 * The words `/activity list` takes for its filters: English and Swedish whatever
 * the user's language (as `/activity stats` takes its periods), with the forms a
 * Swede types — singular or plural, "i dag" apart, å/ä/ö left out.
 */
const FILTER_WORDS: Record<string, ListFilter> = {
  open: 'open',
  oppna: 'open',
  oppen: 'open',
  oppet: 'open',
  'ej klara': 'open',
  'inte klara': 'open',
  overdue: 'overdue',
  forsenade: 'overdue',
  forsenad: 'overdue',
  forsenat: 'overdue',
  forfallna: 'overdue',
  sena: 'overdue',
  today: 'today',
  idag: 'today',
  'i dag': 'today',
  done: 'done',
  klara: 'done',
  klar: 'done',
  klart: 'done',
  avklarade: 'done',
  fardiga: 'done',
  all: 'all',
  alla: 'all',
  allt: 'all',
};

/** The longest phrase here is two words ("i dag", "ej klara"). */
const MAX_WORDS = 2;

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The filter named by the words from `at` on, and how many words name it; null when they name none. */
export function listFilterAt(
  words: readonly string[],
  at: number,
): { filter: ListFilter; length: number } | null {
  for (let length = Math.min(MAX_WORDS, words.length - at); length >= 1; length--) {
    const filter = FILTER_WORDS[plain(words.slice(at, at + length).join(' '))];
    if (filter) return { filter, length };
  }
  return null;
}
