import type {
  ContactActivityLine,
  ContactActivitySummary,
} from '../../../domain/contacts/contact-activities';
import type { Messages } from '../../../i18n';
import { formatDateTime, type TimeFormatting } from '../format';
import { escapeMrkdwn } from '../mrkdwn';

/**
 * "#12 · Meeting · Subject — In progress · due 28 Nov 2026 14:30 · @anna", or once
 * done "#12 · Meeting · Subject — Done 27 Nov 2026 16:05 · @anna".
 * Subject and type are user text and escaped; the mention of the responsible is ours.
 */
export function activityLine(m: Messages, time: TimeFormatting, activity: ContactActivityLine): string {
  const completed = activity.status === 'DONE' ? activity.completedAt : null;
  const state = completed
    ? `${m.status.DONE} ${formatDateTime(completed, time)}`
    : `${m.status[activity.status]} · ${m.contacts.card.due} ${formatDateTime(activity.dueAt, time)}`;
  return [
    `#${activity.id}`,
    escapeMrkdwn(activity.typeName),
    `${escapeMrkdwn(activity.subject)} — ${state}`,
    `<@${activity.responsibleSlackUserId}>`,
  ].join(' · ');
}

export function activitySection(
  m: Messages,
  time: TimeFormatting,
  { heading, activities }: { heading: string; activities: ContactActivityLine[] },
): string {
  const lines = activities.map((activity) => `• ${activityLine(m, time, activity)}`);
  return `*${heading}*\n${lines.length > 0 ? lines.join('\n') : `_${m.contacts.card.noActivities}_`}`;
}

/** The overview on top of a card: open, overdue and done, the next planned and the last completed. */
export function summarySection(m: Messages, time: TimeFormatting, summary: ContactActivitySummary): string {
  const c = m.contacts.card;
  const next = summary.nextPlanned ? activityLine(m, time, summary.nextPlanned) : `_${c.nothingPlanned}_`;
  const last = summary.lastCompleted
    ? activityLine(m, time, summary.lastCompleted)
    : `_${c.nothingCompleted}_`;
  return [
    c.counts(summary.open, summary.overdue, summary.done),
    `*${c.nextPlanned}:* ${next}`,
    `*${c.lastCompleted}:* ${last}`,
  ].join('\n');
}
