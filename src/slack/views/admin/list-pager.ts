import type { KnownBlock } from '@slack/types';

/** The words of a paged list in the admin modal, in the viewer's language. */
export interface PagerWords {
  previous: string;
  next: string;
  range(from: number, to: number, total: number): string;
}

/** The action ids of a list's *Previous* / *Next* buttons and the block that holds them. */
export interface PagerIds {
  previous: string;
  next: string;
  block: string;
}

/**
 * "Showing 21–40 of 57" and the *Previous* / *Next* buttons under a paged list of
 * the admin modal (activity types, teams, API tokens); each button carries the
 * page it shows.
 */
export function listPager(
  words: PagerWords,
  ids: PagerIds,
  at: { page: number; pages: number; first: number; shown: number; total: number },
): KnownBlock[] {
  const button = (actionId: string, text: string, target: number) => ({
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text },
    value: String(target),
  });
  const buttons = [];
  if (at.page > 0) buttons.push(button(ids.previous, words.previous, at.page - 1));
  if (at.page < at.pages - 1) buttons.push(button(ids.next, words.next, at.page + 1));
  return [
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: words.range(at.first + 1, at.first + at.shown, at.total) }],
    },
    { type: 'actions', block_id: ids.block, elements: buttons },
  ];
}
