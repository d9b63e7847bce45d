import type { Button, KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { sameSecond } from '../../../domain/activities/timing-rules';
import { encodeButtonValue } from '../activities/activity-actions';
import { goneMessage } from '../activities/activity-card';
import {
  type ActivityViewContext,
  clip,
  fallbackText,
  heading,
  mention,
  noticeBlock,
  personLine,
} from '../activities/activity-parts';
import { activityButtonIds } from '../activity-button-ids';
import { formatDateTime } from '../format';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import { followUpActions, type ReminderDrawing } from './reminder-message';

/** The prompt's buttons: `:<activity id>` appended. */
export const OUTCOME_BUTTONS = {
  done: 'outcome_done',
  notYet: 'outcome_not_yet',
  reschedule: 'outcome_reschedule',
} as const;
export type OutcomeButton = keyof typeof OUTCOME_BUTTONS;

export const { actionId: outcomeActionId, pattern: outcomeButtonPattern } =
  activityButtonIds<OutcomeButton>(OUTCOME_BUTTONS);

/** What an outcome prompt is drawn from: the same as a reminder, a message in its recipient's DM. */
export type OutcomeDrawing = ReminderDrawing;

const NAME_MAX = 100;

/**
 * "How did it go with <person>?" (product §5.5), once an activity that asks for its
 * outcome has ended and is not done: *Done…* (the outcome, and a follow-up),
 * *Not yet* (asked again tomorrow, once) and *Reschedule*. Redrawn when the activity
 * changes; once done it offers *Plan follow-up*.
 */
export function outcomeMessage(ctx: ActivityViewContext, drawing: OutcomeDrawing): SlackMessage {
  const { activityId, record } = drawing;
  const o = ctx.m.reminders.outcome;
  const top = drawing.notice ? [noticeBlock(drawing.notice)] : [];
  if (!record || record.deletedAt) {
    const gone = goneMessage(ctx, activityId);
    return { text: gone.text, blocks: [...top, ...gone.blocks] };
  }
  const question = o.question(escapeMrkdwn(clip(record.person.name, NAME_MAX)));
  // Without an end it lasted the type's duration (product §5.5).
  const end =
    record.endAt ?? new Date(record.startAt.getTime() + (record.type.defaultDurationMinutes ?? 30) * 60_000);
  const blocks: KnownBlock[] = [
    ...top,
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${question}\n${heading(ctx, record)} — ${escapeMrkdwn(record.subject)}\n${personLine(record)} · ${o.ended(formatDateTime(end, ctx.viewer))}`,
      },
    },
  ];
  if (record.isPrivate) blocks.push(noticeBlock(ctx.m.activities.card.private));
  const mine = record.responsible.id === drawing.recipientEmployeeId;
  if (record.status === 'DONE') {
    blocks.push(noticeBlock(o.recorded));
    if (mine) blocks.push(followUpActions(ctx, record, { s: 'outcome' }));
  } else if (!mine) {
    blocks.push(noticeBlock(ctx.m.reminders.handedOver(mention(record.responsible.slackUserId))));
  } else if (drawing.sentForStart && !sameSecond(drawing.sentForStart, record.startAt)) {
    blocks.push(noticeBlock(o.rescheduled(formatDateTime(record.startAt, ctx.viewer))));
  } else {
    blocks.push(promptActions(ctx, record));
  }
  return { text: `${question.replace(/[*:]/g, '').trim()} ${fallbackText(ctx, record)}`, blocks };
}

function promptActions(ctx: ActivityViewContext, record: ActivityRecord): KnownBlock {
  const o = ctx.m.reminders.outcome;
  const value = encodeButtonValue(record.id, { s: 'outcome' }, record.responsible.id);
  const button = (kind: OutcomeButton, text: string, style?: 'primary'): Button => ({
    type: 'button',
    action_id: outcomeActionId(kind, record.id),
    text: { type: 'plain_text', text, emoji: true },
    value,
    ...(style ? { style } : {}),
  });
  return {
    type: 'actions',
    block_id: `outcome_actions:${record.id}`,
    elements: [
      button('done', o.done, 'primary'),
      ...(record.outcomePostponed ? [] : [button('notYet', o.notYet)]),
      button('reschedule', o.reschedule),
    ],
  };
}
