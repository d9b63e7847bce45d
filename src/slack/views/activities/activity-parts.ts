import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { mayDelete, mayRestore } from '../../../domain/activities/activity-visibility';
import { nameIn } from '../../../domain/activity-types/type-names';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { formatDateTime } from '../format';
import { isSlackPermalink } from '../message-link';
import { escapeMrkdwn } from '../mrkdwn';
import { type ActivityButton, buttonActionId, encodeButtonValue, type Surface } from './activity-actions';
import { repeatText } from './repeat-text';

/** Who looks, in which language, and when: everything a pure activity view depends on. */
export interface ActivityViewContext {
  m: Messages;
  viewer: Viewer;
  now: Date;
  /** *Delete* was pressed on this open occurrence: its buttons ask what to delete (product §3.6). */
  askingScopeOf?: number;
}

export const mention = (slackUserId: string) => `<@${slackUserId}>`;

/** Names are register data of any length; messages have limits. */
export function clip(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

const NAME_MAX = 100;

/** Escaped user text cut to fit `max` characters of mrkdwn, never in the middle of an escape. */
export function escapeWithin(text: string, max: number): string {
  let out = '';
  for (const character of text) {
    const piece = escapeMrkdwn(character);
    if (out.length + piece.length > max - 1) return `${out}…`;
    out += piece;
  }
  return out;
}

/** The type's name in the viewer's language, escaped (workspace data) and clipped. */
export function typeText(ctx: ActivityViewContext, record: ActivityRecord): string {
  return escapeMrkdwn(clip(nameIn(record.type.names, ctx.viewer.locale), NAME_MAX));
}

/** "*#12 · Meeting*" — the type name is workspace data, so it is escaped too. */
export function heading(ctx: ActivityViewContext, record: ActivityRecord): string {
  return `*${ctx.m.activities.card.heading(record.id, typeText(ctx, record))}*`;
}

/** The person, and the organization the activity belongs to (or the person's own). */
export function personLine(record: ActivityRecord): string {
  const organization = record.organization ?? record.person.organization;
  const person = escapeMrkdwn(clip(record.person.name, NAME_MAX));
  return organization ? `${person} · ${escapeMrkdwn(clip(organization.name, NAME_MAX))}` : person;
}

export function isOverdue(record: ActivityRecord, now: Date): boolean {
  return record.status !== 'DONE' && record.dueAt < now;
}

/** Due in the viewer's time zone and language, marked when overdue. */
export function dueText(ctx: ActivityViewContext, record: ActivityRecord): string {
  const due = formatDateTime(record.dueAt, ctx.viewer);
  return isOverdue(record, ctx.now) ? `${due} · :warning: *${ctx.m.activities.card.overdue}*` : due;
}

export function statusText(ctx: ActivityViewContext, record: ActivityRecord): string {
  return ctx.m.status[record.status];
}

/** One line summing up an activity, for lists. */
export function summaryLines(ctx: ActivityViewContext, record: ActivityRecord): string {
  const lock = record.isPrivate ? ' :lock:' : '';
  const repeat = repeatText(ctx, record);
  return [
    `${heading(ctx, record)} — ${escapeMrkdwn(record.subject)}${lock}${repeat ? ` · ${repeat}` : ''}`,
    [
      personLine(record),
      statusText(ctx, record),
      dueText(ctx, record),
      mention(record.responsible.slackUserId),
    ].join(' · '),
  ].join('\n');
}

function button(
  ctx: ActivityViewContext,
  kind: ActivityButton,
  { record, where, style }: { record: ActivityRecord; where: Surface; style?: 'primary' | 'danger' },
): Button {
  const labels: Record<ActivityButton, string> = {
    done: ctx.m.activities.card.doneNow,
    start: ctx.m.activities.card.start,
    edit: ctx.m.activities.card.edit,
    delete: ctx.m.activities.card.delete,
    // Right after deleting it is an undo; in the trash and `/activity show` a restore.
    undo:
      where.s === 'trash' || where.s === 'detail'
        ? ctx.m.activities.card.restore
        : ctx.m.activities.card.undo,
    followUp: ctx.m.activities.card.followUp,
    snoozeTomorrow: ctx.m.activities.card.snoozeTomorrow,
    snoozeNextWeek: ctx.m.activities.card.snoozeNextWeek,
    stopRepeating: ctx.m.recurrence.stop,
    deleteThis: ctx.m.recurrence.deleteThis,
    deleteFollowing: ctx.m.recurrence.deleteFollowing,
    keep: ctx.m.recurrence.keep,
  };
  return {
    type: 'button',
    action_id: buttonActionId(kind, record.id),
    text: { type: 'plain_text', text: labels[kind], emoji: true },
    value: encodeButtonValue(record.id, where, record.responsible.id),
    ...(style ? { style } : {}),
  };
}

/**
 * The buttons that make sense for the activity as it is now and for this viewer:
 * Done now, Start and Snooze while unfinished, Plan follow-up once done, Edit,
 * Delete for those allowed; Undo once deleted. Snooze is two buttons rather than a
 * menu: a menu option's value (150 characters) cannot carry a list page's state.
 */
export function activityButtons(
  ctx: ActivityViewContext,
  record: ActivityRecord,
  where: Surface,
): ActionsBlock | null {
  const allowed = mayDelete(ctx.viewer, record);
  const elements: Button[] = [];
  if (ctx.askingScopeOf === record.id && allowed && !record.deletedAt) {
    elements.push(
      button(ctx, 'deleteThis', { record, where, style: 'danger' }),
      button(ctx, 'deleteFollowing', { record, where, style: 'danger' }),
      button(ctx, 'keep', { record, where }),
    );
  } else if (record.deletedAt) {
    if (mayRestore(ctx.viewer, record, ctx.now)) elements.push(button(ctx, 'undo', { record, where }));
  } else {
    if (record.status !== 'DONE') elements.push(button(ctx, 'done', { record, where, style: 'primary' }));
    if (record.status === 'NOT_STARTED') elements.push(button(ctx, 'start', { record, where }));
    if (record.status !== 'DONE') {
      elements.push(
        button(ctx, 'snoozeTomorrow', { record, where }),
        button(ctx, 'snoozeNextWeek', { record, where }),
      );
    }
    if (record.status === 'DONE') elements.push(button(ctx, 'followUp', { record, where }));
    elements.push(button(ctx, 'edit', { record, where }));
    // product §3.6: the open occurrence of a series can be made a single activity again.
    if (record.recurrence !== null && record.status !== 'DONE') {
      elements.push(button(ctx, 'stopRepeating', { record, where }));
    }
    if (allowed) elements.push(button(ctx, 'delete', { record, where, style: 'danger' }));
  }
  if (elements.length === 0) return null;
  return { type: 'actions', block_id: `activity_actions:${record.id}`, elements };
}

/**
 * The struck-through line a deleted activity leaves behind, with who deleted it and
 * when — for those who may still restore it. Anyone else (and everyone after the
 * undo window) only learns that it is gone, as for a missing activity.
 */
export function deletedLine(ctx: ActivityViewContext, record: ActivityRecord): string {
  if (!mayRestore(ctx.viewer, record, ctx.now)) return ctx.m.activities.card.gone(record.id);
  const who = record.deletedBy ? mention(record.deletedBy.slackUserId) : ctx.m.activities.detail.someone;
  const when = record.deletedAt ? formatDateTime(record.deletedAt, ctx.viewer) : '';
  return `~${heading(ctx, record)} — ${escapeMrkdwn(record.subject)}~\n${ctx.m.activities.card.deleted(record.id, who, when)}`;
}

/** A link to the Slack message the activity was logged from; null for a link that is not Slack's. */
export function permalinkLine(ctx: ActivityViewContext, permalink: string): string | null {
  if (!isSlackPermalink(permalink)) return null;
  return `:link: <${escapeMrkdwn(permalink)}|${ctx.m.activities.card.originalMessage}>`;
}

export function noticeBlock(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** Plain words for notifications and screen readers: no markup, mentions made inert. */
export function fallbackText(ctx: ActivityViewContext, record: ActivityRecord): string {
  if (record.deletedAt && !mayRestore(ctx.viewer, record, ctx.now))
    return ctx.m.activities.card.gone(record.id);
  return `#${record.id} ${typeText(ctx, record)}: ${escapeMrkdwn(record.subject)} (${statusText(ctx, record)})`;
}
