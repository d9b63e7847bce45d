import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { partOfDay } from '../../../domain/digests/greeting';
import type { PersonalDigest } from '../../../domain/digests/personal-digest';
import type { Surface } from '../activities/activity-actions';
import { buttonActionId, encodeButtonValue } from '../activities/activity-actions';
import { type ActivityViewContext, noticeBlock } from '../activities/activity-parts';
import { activityGroupBlocks } from '../grouped-items';
import type { SlackMessage } from '../help-view';
import { noticeWithFollowUp } from '../reminders/reminder-message';

/** Slack's limit for a message. */
export const MESSAGE_BLOCK_LIMIT = 50;
/** Header, notice, counts, three group headings and the "and N more" line. */
const FRAME_BLOCKS = 7;
/** Each item is a summary and a row of buttons. */
const BLOCKS_PER_ITEM = 2;
/** As many activities as one digest message shows; the rest are counted. */
export const DIGEST_ITEMS_MAX = Math.floor((MESSAGE_BLOCK_LIMIT - FRAME_BLOCKS) / BLOCKS_PER_ITEM);

const dateLocales = { sv, en: enGB };

export interface DigestViewOptions {
  /** A result shown on top after a button in the digest was pressed. */
  notice?: string;
  /** slack://app?… link to App Home, when the app's id is known; plain words otherwise. */
  homeUrl?: string;
  /** The activity the notice says was just completed: *Plan follow-up* beside it (product §5.5). */
  completed?: ActivityRecord;
}

/** "Tuesday 1 December 2026" / "tisdag 1 december 2026" for a local date (no time zone involved). */
function longDate(ctx: ActivityViewContext, localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1), 'EEEE d MMMM yyyy', {
    locale: dateLocales[ctx.viewer.locale],
  });
}

/** Done now and Snooze, acting through the same listeners as on cards, then redrawing this digest. */
function itemButtons(ctx: ActivityViewContext, record: ActivityRecord, where: Surface): ActionsBlock {
  const card = ctx.m.activities.card;
  const button = (
    kind: 'done' | 'snoozeTomorrow' | 'snoozeNextWeek',
    text: string,
    primary = false,
  ): Button => ({
    type: 'button',
    action_id: buttonActionId(kind, record.id),
    text: { type: 'plain_text', text, emoji: true },
    value: encodeButtonValue(record.id, where, record.responsible.id),
    ...(primary ? { style: 'primary' as const } : {}),
  });
  return {
    type: 'actions',
    block_id: `digest_actions:${record.id}`,
    elements: [
      button('done', card.doneNow, true),
      button('snoozeTomorrow', card.snoozeTomorrow),
      button('snoozeNextWeek', card.snoozeNextWeek),
    ],
  };
}

function countsLine(ctx: ActivityViewContext, digest: PersonalDigest): string {
  const names = ctx.m.digests.groups;
  return digest.groups
    .filter((group) => group.count > 0)
    .map((group) => `${names[group.key]} ${group.count}`)
    .join(' · ');
}

/**
 * The daily digest (product §5.2): the employee's own unfinished activities as Overdue,
 * Today and Upcoming, each with *Done now* and *Snooze*. What does not fit in one
 * message's 50 blocks is counted with a pointer to App Home. An empty digest is not
 * sent; drawn again after the last item was done, it says so.
 */
export function personalDigestMessage(
  ctx: ActivityViewContext,
  digest: PersonalDigest,
  options: DigestViewOptions = {},
): SlackMessage {
  const m = ctx.m.digests;
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      block_id: 'digest_title',
      text: { type: 'plain_text', text: m.title(longDate(ctx, digest.localDate)), emoji: true },
    },
  ];
  if (options.notice && options.completed?.status === 'DONE')
    blocks.push(
      noticeWithFollowUp(ctx, {
        text: options.notice,
        record: options.completed,
        where: { s: 'digest', d: digest.localDate },
        blockId: 'digest_notice',
      }),
    );
  else if (options.notice) blocks.push({ ...noticeBlock(options.notice), block_id: 'digest_notice' });
  if (digest.total === 0) {
    blocks.push({ type: 'section', block_id: 'digest_empty', text: { type: 'mrkdwn', text: m.allDone } });
    return { text: options.notice ?? m.allDone, blocks };
  }
  const counts = countsLine(ctx, digest);
  // By the recipient's own clock: a digest caught up at 14:42 is no "good morning".
  const part = partOfDay(ctx.now, ctx.viewer.timezone);
  const intro = part ? `${m.greetings[part]} ${m.intro(counts)}` : m.intro(counts);
  blocks.push({ ...noticeBlock(intro), block_id: 'digest_counts' });
  const where: Surface = { s: 'digest', d: digest.localDate };
  const { blocks: groupBlocks, hidden } = activityGroupBlocks(ctx, digest.groups, {
    room: DIGEST_ITEMS_MAX,
    blockIds: { group: 'digest_group', item: 'digest_item' },
    groupNames: m.groups,
    buttons: (record) => itemButtons(ctx, record, where),
  });
  blocks.push(...groupBlocks);
  if (hidden > 0) {
    const more = options.homeUrl ? m.moreInHome(hidden, options.homeUrl) : m.morePlain(hidden);
    blocks.push({ ...noticeBlock(more), block_id: 'digest_more' });
  }
  return { text: options.notice ?? m.fallback(counts), blocks };
}
