import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import {
  CONTACT_LIST_FILTERS,
  encodeMoreValue,
  LIST_FILTER,
  LIST_MORE,
  type ListState,
  type Surface,
} from './activity-actions';
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
  /** For a person's or an organization's list: their name. */
  contactName?: string;
  notice?: string;
}

function title(ctx: ActivityViewContext, input: ActivityListInput): string {
  const l = ctx.m.activities.list;
  const filter = l.filters[input.state.f];
  const name = (id: number) => escapeMrkdwn(clip(input.contactName ?? `#${id}`, 100));
  const text =
    input.state.p !== undefined
      ? l.ofPerson(filter, name(input.state.p))
      : input.state.o !== undefined
        ? l.ofOrganization(filter, name(input.state.o))
        : input.state.r && input.state.r !== ctx.viewer.slackUserId
          ? l.ofSomeone(filter, mention(input.state.r))
          : l.own(filter);
  return input.state.n > 1 ? `*${text}* · ${l.page(input.state.n)}` : `*${text}*`;
}

/** All / Open / Overdue / Done on a person's or an organization's list; each starts it again from the top. */
function filterButtons(ctx: ActivityViewContext, state: ListState): ActionsBlock {
  return {
    type: 'actions',
    block_id: 'activity_list_filters',
    elements: CONTACT_LIST_FILTERS.map((filter) => ({
      type: 'button' as const,
      action_id: `${LIST_FILTER}:${filter}`,
      text: { type: 'plain_text' as const, text: ctx.m.activities.list.filterButtons[filter] },
      value: encodeMoreValue({ f: filter, p: state.p, o: state.o, n: 1, x: null }),
      ...(state.f === filter ? { style: 'primary' as const } : {}),
    })),
  };
}

/**
 * A page of `/activity list` (product §4), or of a person's or an organization's
 * activities (with filter buttons): each activity with its own buttons, then
 * *More* while there are more. Redrawn in place after a button, from `state`.
 */
export function activityList(ctx: ActivityViewContext, input: ActivityListInput): SlackMessage {
  const { state } = input;
  const heading = title(ctx, input);
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: heading } }];
  if (state.p !== undefined || state.o !== undefined) blocks.push(filterButtons(ctx, state));
  if (input.notice) blocks.push(noticeBlock(input.notice));
  if (state.i.length === 0) blocks.push(noticeBlock(ctx.m.activities.list.empty));
  blocks.push(
    ...listedActivities(ctx, {
      ids: state.i,
      records: input.records,
      where: { s: 'list', l: state },
      deletedText: deletedLine,
    }),
  );
  if (state.x) {
    blocks.push({
      type: 'actions',
      block_id: 'activity_list_more',
      elements: [
        {
          type: 'button',
          action_id: LIST_MORE,
          text: { type: 'plain_text', text: ctx.m.activities.list.more },
          value: encodeMoreValue({
            f: state.f,
            r: state.r,
            p: state.p,
            o: state.o,
            n: state.n + 1,
            x: state.x,
          }),
        },
      ],
    });
  }
  const plainTitle = heading.replace(/\*/g, '');
  return { text: input.notice ? `${input.notice} ${plainTitle}` : plainTitle, blocks };
}

/**
 * The activities of a page in the order listed, each with its text and buttons for where
 * it is shown; one gone meanwhile says so in its place.
 */
export function listedActivities(
  ctx: ActivityViewContext,
  page: {
    ids: number[];
    records: ActivityRecord[];
    where: Surface;
    /** The text of a deleted one (the trash says until when it can be restored). */
    deletedText: (ctx: ActivityViewContext, record: ActivityRecord) => string;
  },
): KnownBlock[] {
  const byId = new Map(page.records.map((record) => [record.id, record]));
  return page.ids.flatMap((id): KnownBlock[] => {
    const record = byId.get(id);
    if (!record) return [noticeBlock(ctx.m.activities.card.gone(id))];
    const text = record.deletedAt ? page.deletedText(ctx, record) : summaryLines(ctx, record);
    const actions = activityButtons(ctx, record, page.where);
    return [{ type: 'section', text: { type: 'mrkdwn', text } }, ...(actions ? [actions] : [])];
  });
}
