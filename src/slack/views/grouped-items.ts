import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../domain/activities/activity-record';
import { type ActivityViewContext, summaryLines } from './activities/activity-parts';

/**
 * The groups' items that fit in `room` items in all, group by group in order (a group
 * with none left is dropped), and how many of the groups' `count` were left out.
 */
function fitGroups<Group extends { count: number; items: readonly unknown[] }>(
  groups: readonly Group[],
  room: number,
): { shown: { group: Group; items: Group['items'][number][] }[]; hidden: number } {
  const shown: { group: Group; items: Group['items'][number][] }[] = [];
  let left = room;
  let hidden = 0;
  for (const group of groups) {
    const items = group.items.slice(0, left);
    left -= items.length;
    hidden += group.count - items.length;
    if (items.length > 0) shown.push({ group, items });
  }
  return { shown, hidden };
}

/** How a surface (App Home, the daily digest) draws its groups of activities. */
export interface ActivityGroupsLayout<Key extends string> {
  /** As many items as fit in all groups together. */
  room: number;
  /** Prefixes of the block ids: `${group}:overdue`, `${item}:12`. */
  blockIds: { group: string; item: string };
  /** Each group's name in the reader's language. */
  groupNames: Record<Key, string>;
  buttons: (record: ActivityRecord) => ActionsBlock;
}

/**
 * Grouped activities as blocks: each group that has any under its heading, then per
 * item its summary and buttons, for as many items as fit; `hidden` counts the rest.
 */
export function activityGroupBlocks<Key extends string>(
  ctx: ActivityViewContext,
  groups: readonly { key: Key; count: number; items: readonly ActivityRecord[] }[],
  layout: ActivityGroupsLayout<Key>,
): { blocks: KnownBlock[]; hidden: number } {
  const { blockIds, groupNames } = layout;
  const { shown, hidden } = fitGroups(groups, layout.room);
  const blocks: KnownBlock[] = [];
  for (const { group, items } of shown) {
    blocks.push({
      type: 'section',
      block_id: `${blockIds.group}:${group.key}`,
      // "*Overdue* · 3": the same in every language.
      text: { type: 'mrkdwn', text: `*${groupNames[group.key]}* · ${group.count}` },
    });
    for (const record of items)
      blocks.push(
        {
          type: 'section',
          block_id: `${blockIds.item}:${record.id}`,
          text: { type: 'mrkdwn', text: summaryLines(ctx, record) },
        },
        layout.buttons(record),
      );
  }
  return { blocks, hidden };
}
