import type { KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import { encodeMoreValue, LIST_MORE, type ListState } from './activity-actions';
import {
  type ActivityViewContext,
  activityButtons,
  clip,
  deletedLine,
  mention,
  noticeBlock,
  summaryLines,
} from './activity-parts';

export interface ActivityListInput {
  state: ListState;
  /** The activities of `state.i` the viewer may still see; deleted ones included. */
  records: ActivityRecord[];
  /** For a person's list. */
  personName?: string;
  notice?: string;
}

function title(ctx: ActivityViewContext, input: ActivityListInput): string {
  const l = ctx.m.activities.list;
  const filter = l.filters[input.state.f];
  const text =
    input.state.p !== undefined
      ? l.ofPerson(filter, escapeMrkdwn(clip(input.personName ?? `#${input.state.p}`, 100)))
      : input.state.r && input.state.r !== ctx.viewer.slackUserId
        ? l.ofSomeone(filter, mention(input.state.r))
        : l.own(filter);
  return input.state.n > 1 ? `*${text}* · ${l.page(input.state.n)}` : `*${text}*`;
}

/**
 * A page of `/activity list` (SPEC 4): each activity with its own buttons, then
 * *More* while there are more. Redrawn in place after a button, from `state`.
 */
export function activityList(ctx: ActivityViewContext, input: ActivityListInput): SlackMessage {
  const { state } = input;
  const heading = title(ctx, input);
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: heading } }];
  if (input.notice) blocks.push(noticeBlock(input.notice));
  if (state.i.length === 0) blocks.push(noticeBlock(ctx.m.activities.list.empty));
  const byId = new Map(input.records.map((record) => [record.id, record]));
  const where = { s: 'list' as const, l: state };
  for (const id of state.i) {
    const record = byId.get(id);
    if (!record) {
      blocks.push(noticeBlock(ctx.m.activities.card.gone(id)));
      continue;
    }
    const text = record.deletedAt ? deletedLine(ctx, record) : summaryLines(ctx, record);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    const actions = activityButtons(ctx, record, where);
    if (actions) blocks.push(actions);
  }
  if (state.x) {
    blocks.push({
      type: 'actions',
      block_id: 'activity_list_more',
      elements: [
        {
          type: 'button',
          action_id: LIST_MORE,
          text: { type: 'plain_text', text: ctx.m.activities.list.more },
          value: encodeMoreValue({ f: state.f, r: state.r, p: state.p, n: state.n + 1, x: state.x }),
        },
      ],
    });
  }
  const plainTitle = heading.replace(/\*/g, '');
  return { text: input.notice ? `${input.notice} ${plainTitle}` : plainTitle, blocks };
}
