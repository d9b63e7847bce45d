import type { ContactActivityLine } from '../../../domain/contacts/contact-activities';
import type { Messages } from '../../../i18n';
import { formatDateTime, type TimeFormatting } from '../format';
import { escapeMrkdwn } from '../mrkdwn';

/**
 * "#12 · Meeting · Subject — In progress · due 28 Nov 2026 14:30 · @anna".
 * Subject and type are user text and escaped; the mention of the responsible is ours.
 */
export function activityLine(m: Messages, time: TimeFormatting, activity: ContactActivityLine): string {
  return [
    `#${activity.id}`,
    escapeMrkdwn(activity.typeName),
    `${escapeMrkdwn(activity.subject)} — ${m.status[activity.status]}`,
    `${m.contacts.card.due} ${formatDateTime(activity.dueAt, time)}`,
    `<@${activity.responsibleSlackUserId}>`,
  ].join(' · ');
}

export function activitySection(
  m: Messages,
  time: TimeFormatting,
  heading: string,
  activities: ContactActivityLine[],
): string {
  const lines = activities.map((activity) => `• ${activityLine(m, time, activity)}`);
  return `*${heading}*\n${lines.length > 0 ? lines.join('\n') : `_${m.contacts.card.noActivities}_`}`;
}
