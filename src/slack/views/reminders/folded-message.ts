import type { KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { FOLD_ITEMS_MAX } from '../../../domain/reminders/deliver-assignment';
import type { NoticeKind } from '../../../domain/reminders/reminder-ports';
import { goneMessage } from '../activities/activity-card';
import {
  type ActivityViewContext,
  activityButtons,
  fallbackText,
  heading,
  personLine,
} from '../activities/activity-parts';
import { formatDateTime } from '../format';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';

/** Items a folded message shows (the domain's limit of one message). */
export const FOLDED_ITEMS_MAX = FOLD_ITEMS_MAX;

/** One item of a folded message: what it is about, the activity as the recipient may see it now. */
export interface FoldedItem {
  kind: NoticeKind;
  activityId: number;
  record: ActivityRecord | null;
  actorLabel: string | null;
}

const NAME_MAX = 100;
const clip = (text: string, max: number) =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;

/** Why this item is in the message: the reminder's start, the outcome question, who assigned it. */
function reason(ctx: ActivityViewContext, item: FoldedItem, record: ActivityRecord): string {
  const r = ctx.m.reminders;
  if (item.kind === 'ASSIGNED')
    return ctx.m.activities.notices.assigned(record.id, item.actorLabel ?? r.folded.someone);
  if (item.kind === 'OUTCOME') return r.outcome.question(escapeMrkdwn(clip(record.person.name, NAME_MAX)));
  const start = formatDateTime(record.startAt, ctx.viewer);
  return record.startAt > ctx.now ? r.title(start) : r.titleStarted(start);
}

/** The distinct people (or tokens) who assigned, in the order they did. */
function assigners(items: FoldedItem[]): string {
  return [...new Set(items.map((item) => item.actorLabel).filter((label): label is string => !!label))].join(
    ', ',
  );
}

/**
 * Several notices to one person in one message (product §5.6): what waited for their
 * working time, or assignments that came within two minutes of each other. Each item
 * carries the activity's own buttons; pressing one draws the whole message again.
 */
export function foldedMessage(
  ctx: ActivityViewContext,
  { items, notice }: { items: FoldedItem[]; notice?: string },
): SlackMessage {
  const f = ctx.m.reminders.folded;
  const allAssigned = items.every((item) => item.kind === 'ASSIGNED');
  const title = allAssigned
    ? f.assigned(items.length, assigners(items) || f.someone)
    : f.waiting(items.length);
  const blocks: KnownBlock[] = [
    { type: 'section', block_id: 'folded_title', text: { type: 'mrkdwn', text: title } },
  ];
  if (notice) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: notice }] });
  // One activity once (a block id names it), as its latest notice.
  const shown = [...new Map(items.map((item) => [item.activityId, item])).values()];
  for (const item of shown.slice(0, FOLDED_ITEMS_MAX)) {
    blocks.push({ type: 'divider' });
    const record = item.record;
    if (!record || record.deletedAt) {
      blocks.push(...goneMessage(ctx, item.activityId).blocks);
      continue;
    }
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${reason(ctx, item, record)}\n${heading(ctx, record)} — ${escapeMrkdwn(record.subject)}\n${personLine(record)}`,
      },
    });
    const actions = activityButtons(ctx, record, { s: 'fold' });
    if (actions) blocks.push(actions);
  }
  const first = items.find((item) => item.record)?.record;
  const text = first ? `${title.replace(/[*:]/g, '').trim()} ${fallbackText(ctx, first)}` : title;
  return { text, blocks };
}
