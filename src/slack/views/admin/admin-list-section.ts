import type { KnownBlock, PlainTextOption, SectionBlock } from '@slack/types';
import type { AdminListIds } from './admin-list-ids';
import { menuValue } from './admin-list-ids';

/** The words of a list section in the viewer's language. */
export interface AdminListWords {
  heading: string;
  intro: string;
  add: string;
  /** Said when the list is empty; a list that is never empty has none. */
  none?: string;
  previous: string;
  next: string;
  range(from: number, to: number, total: number): string;
}

export interface AdminList<T> {
  words: AdminListWords;
  ids: AdminListIds;
  items: readonly T[];
  perPage: number;
  /** Requested page (0-based); a page past the end shows the last. */
  page: number;
  /** One block per item, usually menuItemBlock; `index` counts from the start of the whole list. */
  block(item: T, index: number): KnownBlock;
  /** *Add* as the primary button. */
  primaryAdd?: boolean;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The page actually shown for a requested one (a page past the end shows the last). */
export function shownPage(total: number, perPage: number, requested: number): number {
  return Math.min(Math.max(0, requested), pageCount(total, perPage) - 1);
}

/**
 * One list section of the admin modal (activity types, teams, API tokens): heading, intro,
 * *Add*, a page of items, and under a long list "Showing 21–40 of 57" with *Previous* /
 * *Next* (each button carries the page it shows).
 */
export function adminListSection<T>(list: AdminList<T>): KnownBlock[] {
  const { words, ids, items, perPage } = list;
  const pages = pageCount(items.length, perPage);
  const page = shownPage(items.length, perPage, list.page);
  const first = page * perPage;
  const shown = items.slice(first, first + perPage);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: words.heading } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: words.intro }] },
    {
      type: 'actions',
      block_id: ids.actionsBlock,
      elements: [
        {
          type: 'button',
          action_id: ids.add,
          text: { type: 'plain_text', text: words.add },
          ...(list.primaryAdd ? { style: 'primary' as const } : {}),
        },
      ],
    },
  ];
  if (items.length === 0 && words.none)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: words.none }] });
  blocks.push(...shown.map((item, index) => list.block(item, first + index)));
  if (pages > 1)
    blocks.push(...pager(words, ids, { page, pages, first, shown: shown.length, total: items.length }));
  return blocks;
}

/** An item of a list: its text, and its overflow menu of `[operation, label]` entries. */
export function menuItemBlock(
  ids: AdminListIds,
  item: { id: number; mrkdwn: string; menu: [operation: string, label: string][] },
): SectionBlock {
  return {
    type: 'section',
    block_id: ids.itemBlock(item.id),
    text: { type: 'mrkdwn', text: item.mrkdwn },
    accessory: {
      type: 'overflow',
      action_id: `${ids.menuPrefix}${item.id}`,
      options: item.menu.map(
        ([operation, label]): PlainTextOption => ({
          text: { type: 'plain_text', text: label },
          value: menuValue(operation, item.id),
        }),
      ),
    },
  };
}

function pager(
  words: AdminListWords,
  ids: AdminListIds,
  at: { page: number; pages: number; first: number; shown: number; total: number },
): KnownBlock[] {
  const button = (actionId: string, text: string, target: number) => ({
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text },
    value: String(target),
  });
  const buttons = [];
  if (at.page > 0) buttons.push(button(ids.previousPage, words.previous, at.page - 1));
  if (at.page < at.pages - 1) buttons.push(button(ids.nextPage, words.next, at.page + 1));
  return [
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: words.range(at.first + 1, at.first + at.shown, at.total) }],
    },
    { type: 'actions', block_id: ids.pagerBlock, elements: buttons },
  ];
}
