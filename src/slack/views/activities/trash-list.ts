import type { KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { restorableUntil } from '../../../domain/activities/activity-visibility';
import { formatDate } from '../format';
import type { SlackMessage } from '../help-view';
import { encodeTrashMoreValue, TRASH_MORE, type TrashState } from './activity-actions';
import { activityBlocks } from './activity-card';
import { listedActivities } from './activity-list';
import { type ActivityViewContext, deletedLine, fallbackText, noticeBlock } from './activity-parts';

export interface TrashListInput {
  state: TrashState;
  /** The activities of `state.i` as they are now: still deleted, restored meanwhile, or left out when gone. */
  records: ActivityRecord[];
  notice?: string;
}

/** A deleted activity as its restorers see it: who deleted it and when, until when it can come back. */
function deletedText(ctx: ActivityViewContext, record: ActivityRecord): string {
  const until = record.deletedAt ? restorableUntil(record.deletedAt) : null;
  const line = deletedLine(ctx, record);
  return until ? `${line}\n_${ctx.m.activities.trash.until(formatDate(until, ctx.viewer))}_` : line;
}

/**
 * A page of `/activity trash`: each deleted activity with *Restore*, then *More*
 * while there are more. Redrawn in place after a button, from `state`; an item
 * restored meanwhile shows as it is now, with its usual buttons.
 */
export function trashList(ctx: ActivityViewContext, input: TrashListInput): SlackMessage {
  const t = ctx.m.activities.trash;
  const { state } = input;
  const title = ctx.viewer.isAdmin ? t.titleAdmin : t.title;
  const heading = state.n > 1 ? `*${title}* · ${ctx.m.activities.list.page(state.n)}` : `*${title}*`;
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: heading } }];
  if (input.notice) blocks.push(noticeBlock(input.notice));
  if (state.i.length === 0) blocks.push(noticeBlock(t.empty));
  blocks.push(
    ...listedActivities(ctx, {
      ids: state.i,
      records: input.records,
      where: { s: 'trash', l: state },
      deletedText,
    }),
  );
  if (state.x) {
    blocks.push({
      type: 'actions',
      block_id: 'activity_trash_more',
      elements: [
        {
          type: 'button',
          action_id: TRASH_MORE,
          text: { type: 'plain_text', text: ctx.m.activities.list.more },
          value: encodeTrashMoreValue({ n: state.n + 1, x: state.x }),
        },
      ],
    });
  }
  const plainTitle = heading.replace(/\*/g, '');
  return { text: input.notice ? `${input.notice} ${plainTitle}` : plainTitle, blocks };
}

/** `/activity show` of an activity in the viewer's trash: that it is deleted, and *Restore*. */
export function deletedActivityMessage(ctx: ActivityViewContext, record: ActivityRecord): SlackMessage {
  const blocks = activityBlocks(ctx, record, { s: 'detail' });
  if (record.deletedAt) {
    const until = formatDate(restorableUntil(record.deletedAt), ctx.viewer);
    blocks.splice(1, 0, noticeBlock(ctx.m.activities.trash.until(until)));
  }
  return { text: `${ctx.m.activities.refusals.deleted(record.id)} ${fallbackText(ctx, record)}`, blocks };
}
