import type { ListFilter } from '../../../domain/activities/list-activities';
import { listFilterAt } from '../../../domain/activities/list-filter-words';

/** `42` or `#42`: an activity number; anything else is not. */
export function parseActivityId(words: string[]): number | null {
  if (words.length !== 1) return null;
  const match = /^#?(\d{1,9})$/.exec(words[0] ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * A user as Slack sends it in command text when the command escapes mentions:
 * `<@U123|anna>` (or `<@U123>`).
 */
const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

export type ListArguments = { ok: true; filter: ListFilter; userId?: string } | { ok: false; word: string };

/**
 * `[open|overdue|today|done|all] [@user]` in any order, or the Swedish words
 * (`öppna`, `försenade`, `idag`, `klara`, `alla` …); open when no filter is named.
 */
export function parseListArguments(words: string[]): ListArguments {
  let filter: ListFilter | undefined;
  let userId: string | undefined;
  let at = 0;
  while (at < words.length) {
    const word = words[at]!;
    const named = filter === undefined ? listFilterAt(words, at) : null;
    const mention = MENTION.exec(word);
    if (named) {
      filter = named.filter;
      at += named.length;
      continue;
    }
    if (mention?.[1] && userId === undefined) userId = mention[1];
    else return { ok: false, word };
    at += 1;
  }
  return { ok: true, filter: filter ?? 'open', userId };
}
