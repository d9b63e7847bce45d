import type { KnownBlock, PlainTextOption, SectionBlock } from '@slack/types';
import type { ActivityType } from '../../../domain/activity-types/activity-type';
import { typeNameIn } from '../../../domain/activity-types/type-names';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import { ADMIN_ACTIONS, TYPE_MENU_PREFIX, type TypeMenuOperation, typeMenuValue } from './admin-ids';
import { listPager } from './list-pager';
import { typeDefaultsSummary } from './type-summary';

/**
 * One block per type keeps 40 types (and the sections that follow) inside a modal's
 * 100 blocks; beyond that the list pages.
 */
export const TYPES_PER_PAGE = 40;

export function typesPageCount(typeCount: number): number {
  return Math.max(1, Math.ceil(typeCount / TYPES_PER_PAGE));
}

/** The "Activity types" section of the admin modal: every type with its menu, and *Add type*. */
export function activityTypesSection(m: Messages, types: ActivityType[], page: number): KnownBlock[] {
  const t = m.admin.types;
  const first = page * TYPES_PER_PAGE;
  const shown = types.slice(first, first + TYPES_PER_PAGE);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t.heading } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: t.intro }] },
    {
      type: 'actions',
      block_id: 'admin_types_actions',
      elements: [
        {
          type: 'button',
          action_id: ADMIN_ACTIONS.addType,
          text: { type: 'plain_text', text: t.add },
          style: 'primary',
        },
      ],
    },
    ...shown.map((type, index) => typeBlock(m, type, first + index, types)),
  ];
  const pages = typesPageCount(types.length);
  if (pages > 1)
    blocks.push(
      ...listPager(
        m.admin.types,
        {
          previous: ADMIN_ACTIONS.typesPreviousPage,
          next: ADMIN_ACTIONS.typesNextPage,
          block: 'admin_types_pager',
        },
        { page, pages, first, shown: shown.length, total: types.length },
      ),
    );
  return blocks;
}

function typeBlock(m: Messages, type: ActivityType, index: number, all: ActivityType[]): SectionBlock {
  const t = m.admin.types;
  const title = `*${index + 1}. ${escapeMrkdwn(typeNameIn(type, m.locale))}*${type.archived ? ` _(${t.archived})_` : ''}`;
  return {
    type: 'section',
    block_id: `admin_type:${type.id}`,
    text: { type: 'mrkdwn', text: `${title}\n${typeDefaultsSummary(m, type, all)}` },
    accessory: {
      type: 'overflow',
      action_id: `${TYPE_MENU_PREFIX}${type.id}`,
      options: menuOptions(m, type, index, all.length),
    },
  };
}

function menuOptions(m: Messages, type: ActivityType, index: number, count: number): PlainTextOption[] {
  const menu = m.admin.types.menu;
  const entries: [TypeMenuOperation, string][] = [
    ['rename', menu.rename],
    ['defaults', menu.defaults],
  ];
  if (index > 0) entries.push(['up', menu.moveUp]);
  if (index < count - 1) entries.push(['down', menu.moveDown]);
  entries.push(type.archived ? ['unarchive', menu.unarchive] : ['archive', menu.archive]);
  return entries.map(([operation, text]) => ({
    text: { type: 'plain_text', text },
    value: typeMenuValue(operation, type.id),
  }));
}
