import type { KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import type { Surface } from './activity-actions';
import {
  type ActivityViewContext,
  activityButtons,
  deletedLine,
  dueText,
  fallbackText,
  heading,
  mention,
  noticeBlock,
  permalinkLine,
  personLine,
  statusText,
} from './activity-parts';
import { repeatText } from './repeat-text';

/** The blocks of one activity: what it is, about whom, its state, and what can be done with it. */
export function activityBlocks(
  ctx: ActivityViewContext,
  record: ActivityRecord,
  where: Surface,
): KnownBlock[] {
  const f = ctx.m.activities.fields;
  const blocks: KnownBlock[] = [];
  if (record.deletedAt) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: deletedLine(ctx, record) } });
  } else {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: [heading(ctx, record), escapeMrkdwn(record.subject), repeatText(ctx, record)]
          .filter((line) => line !== null)
          .join('\n'),
      },
      fields: [
        { type: 'mrkdwn', text: `*${f.person}*\n${personLine(record)}` },
        { type: 'mrkdwn', text: `*${f.status}*\n${statusText(ctx, record)}` },
        { type: 'mrkdwn', text: `*${f.due}*\n${dueText(ctx, record)}` },
        { type: 'mrkdwn', text: `*${f.responsible}*\n${mention(record.responsible.slackUserId)}` },
      ],
    });
    if (record.isPrivate) blocks.push(noticeBlock(ctx.m.activities.card.private));
    const link = record.permalink ? permalinkLine(ctx, record.permalink) : null;
    if (link) blocks.push(noticeBlock(link));
  }
  const actions = activityButtons(ctx, record, where);
  if (actions) blocks.push(actions);
  return blocks;
}

/** An activity as a message of its own (after saving, *Done now*, `/activity done`), with an optional notice on top. */
export function activityCard(
  ctx: ActivityViewContext,
  record: ActivityRecord,
  notice?: string,
): SlackMessage {
  return {
    text: notice ? `${notice} ${fallbackText(ctx, record)}` : fallbackText(ctx, record),
    blocks: [...(notice ? [noticeBlock(notice)] : []), ...activityBlocks(ctx, record, { s: 'card' })],
  };
}

/** What a message about an activity becomes once the viewer may no longer see it. */
export function goneMessage(ctx: ActivityViewContext, activityId: number): SlackMessage {
  const text = ctx.m.activities.card.gone(activityId);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** A short answer with nothing else, e.g. a refusal or a usage hint. */
export function plainMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
