import type { KnownBlock, SectionBlock } from '@slack/types';
import type { ActivityType } from '../../../domain/activity-types/activity-type';
import { typeNameIn } from '../../../domain/activity-types/type-names';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import { TYPE_LIST, type TypeMenuOperation } from './admin-ids';
import { adminListSection, menuItemBlock } from './admin-list-section';
import { typeDefaultsSummary } from './type-summary';

/**
 * One block per type keeps 40 types (and the sections that follow) inside a modal's
 * 100 blocks; beyond that the list pages.
 */
export const TYPES_PER_PAGE = 40;

/** The "Activity types" section of the admin modal: every type with its menu, and *Add type*. */
export function activityTypesSection(m: Messages, types: ActivityType[], page: number): KnownBlock[] {
  return adminListSection({
    words: m.admin.types,
    ids: TYPE_LIST,
    items: types,
    perPage: TYPES_PER_PAGE,
    page,
    primaryAdd: true,
    block: (type, index) => typeBlock(m, { type, index, all: types }),
  });
}

function typeBlock(
  m: Messages,
  at: { type: ActivityType; index: number; all: ActivityType[] },
): SectionBlock {
  const { type, index, all } = at;
  const t = m.admin.types;
  const title = `*${index + 1}. ${escapeMrkdwn(typeNameIn(type, m.locale))}*${type.archived ? ` _(${t.archived})_` : ''}`;
  return menuItemBlock(TYPE_LIST, {
    id: type.id,
    mrkdwn: `${title}\n${typeDefaultsSummary(m, type, all)}`,
    menu: menuEntries(m, at),
  });
}

function menuEntries(
  m: Messages,
  { type, index, all }: { type: ActivityType; index: number; all: ActivityType[] },
): [TypeMenuOperation, string][] {
  const menu = m.admin.types.menu;
  const entries: [TypeMenuOperation, string][] = [
    ['rename', menu.rename],
    ['defaults', menu.defaults],
  ];
  if (index > 0) entries.push(['up', menu.moveUp]);
  if (index < all.length - 1) entries.push(['down', menu.moveDown]);
  entries.push(type.archived ? ['unarchive', menu.unarchive] : ['archive', menu.archive]);
  return entries;
}
