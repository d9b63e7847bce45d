import type { Button, KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { sameSecond } from '../../../domain/activities/timing-rules';
import { buttonActionId, encodeButtonValue, type Surface } from '../activities/activity-actions';
import { goneMessage } from '../activities/activity-card';
import {
  type ActivityViewContext,
  escapeWithin,
  fallbackText,
  heading,
  mention,
  noticeBlock,
  personLine,
  statusText,
} from '../activities/activity-parts';
import { activityButtonIds } from '../activity-button-ids';
import { formatDateTime } from '../format';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';

/** Buttons of a reminder of its own; *Done now* and *Tomorrow* are the activity buttons everywhere. */
export const REMINDER_BUTTONS = {
  later15: 'reminder_later_15',
  later60: 'reminder_later_60',
  open: 'reminder_open',
} as const;
export type ReminderButton = keyof typeof REMINDER_BUTTONS;

export const { actionId: reminderActionId, pattern: reminderButtonPattern } =
  activityButtonIds<ReminderButton>(REMINDER_BUTTONS);

/** Notes are shown cut short: the reminder is a nudge, *Open* shows everything. */
const NOTES_SHOWN = 300;

export interface ReminderDrawing {
  activityId: number;
  /** The activity as the recipient may see it now; null when gone. */
  record: ActivityRecord | null;
  /** Whose DM the reminder sits in. */
  recipientEmployeeId: number;
  /** The start the message was sent for; another start now means the activity moved (was rescheduled). */
  sentForStart?: Date;
  /** A line on top, e.g. the answer to a button. */
  notice?: string;
}

/**
 * A reminder before an activity (product §5.4): what it is, with whom, when it starts
 * in the reader's time zone, the notes cut short, and *Done now*, *Snooze* (15 min,
 * 1 hour, tomorrow) and *Open*. Drawn again whenever the activity changes: done,
 * moved, handed over or gone, it says so and offers nothing to press.
 */
export function reminderMessage(ctx: ActivityViewContext, drawing: ReminderDrawing): SlackMessage {
  const { activityId, record } = drawing;
  const r = ctx.m.reminders;
  const top = drawing.notice ? [noticeBlock(drawing.notice)] : [];
  if (!record || record.deletedAt) {
    const gone = goneMessage(ctx, activityId);
    return { text: gone.text, blocks: [...top, ...gone.blocks] };
  }
  const start = formatDateTime(record.startAt, ctx.viewer);
  const title = record.startAt > ctx.now ? r.title(start) : r.titleStarted(start);
  const blocks: KnownBlock[] = [
    ...top,
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `${title}\n${heading(ctx, record)} — ${escapeMrkdwn(record.subject)}` },
      fields: [
        { type: 'mrkdwn', text: `*${ctx.m.activities.fields.person}*\n${personLine(record)}` },
        { type: 'mrkdwn', text: `*${ctx.m.activities.fields.status}*\n${statusText(ctx, record)}` },
      ],
    },
  ];
  if (record.isPrivate) blocks.push(noticeBlock(ctx.m.activities.card.private));
  if (record.notes) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*${r.notes}*\n${escapeWithin(record.notes, NOTES_SHOWN)}` },
    });
  }
  const state = stateLine(ctx, record, { drawing, start });
  if (state) blocks.push(noticeBlock(state));
  else blocks.push(actions(ctx, record));
  // Product §5.5: wherever an activity is completed, its follow-up is one press away.
  if (record.status === 'DONE' && record.responsible.id === drawing.recipientEmployeeId)
    blocks.push(followUpActions(ctx, record, { s: 'reminder' }));
  return { text: `${title.replace(/[*:]/g, '').trim()} ${fallbackText(ctx, record)}`, blocks };
}

/** What became of the activity since the reminder was sent; null while it still stands as reminded. */
function stateLine(
  ctx: ActivityViewContext,
  record: ActivityRecord,
  { drawing, start }: { drawing: ReminderDrawing; start: string },
): string | null {
  const r = ctx.m.reminders;
  if (record.status === 'DONE') return r.done;
  if (record.responsible.id !== drawing.recipientEmployeeId)
    return r.handedOver(mention(record.responsible.slackUserId));
  if (drawing.sentForStart && !sameSecond(drawing.sentForStart, record.startAt))
    return record.remindAt && record.remindAt > ctx.now ? r.movedRemindAgain(start) : r.moved(start);
  if (record.remindLeadMinutes === null) return r.turnedOff;
  return null;
}

/** A notice with *Plan follow-up* beside it: one block, as the plain notice it stands for. */
export function noticeWithFollowUp(
  ctx: ActivityViewContext,
  { text, record, where, blockId }: { text: string; record: ActivityRecord; where: Surface; blockId: string },
): KnownBlock {
  return {
    type: 'section',
    block_id: blockId,
    text: { type: 'mrkdwn', text },
    accessory: {
      type: 'button',
      action_id: buttonActionId('followUp', record.id),
      text: { type: 'plain_text', text: ctx.m.activities.card.followUp, emoji: true },
      value: encodeButtonValue(record.id, where, record.responsible.id),
    },
  };
}

/** *Plan follow-up* for an activity just completed on a surface of its own. */
export function followUpActions(
  ctx: ActivityViewContext,
  record: ActivityRecord,
  where: Surface,
): KnownBlock {
  return {
    type: 'actions',
    block_id: `follow_up_actions:${record.id}`,
    elements: [
      {
        type: 'button',
        action_id: buttonActionId('followUp', record.id),
        text: { type: 'plain_text', text: ctx.m.activities.card.followUp, emoji: true },
        value: encodeButtonValue(record.id, where, record.responsible.id),
      },
    ],
  };
}

function actions(ctx: ActivityViewContext, record: ActivityRecord): KnownBlock {
  const value = encodeButtonValue(record.id, { s: 'reminder' }, record.responsible.id);
  const button = (actionId: string, text: string, style?: 'primary'): Button => ({
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text, emoji: true },
    value,
    ...(style ? { style } : {}),
  });
  const r = ctx.m.reminders;
  return {
    type: 'actions',
    block_id: `reminder_actions:${record.id}`,
    elements: [
      button(buttonActionId('done', record.id), ctx.m.activities.card.doneNow, 'primary'),
      button(reminderActionId('later15', record.id), r.later15),
      button(reminderActionId('later60', record.id), r.later60),
      button(buttonActionId('snoozeTomorrow', record.id), ctx.m.activities.card.snoozeTomorrow),
      button(reminderActionId('open', record.id), r.open),
    ],
  };
}
