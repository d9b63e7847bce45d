import type { ActivityType } from '../../../domain/activity-types/activity-type';
import { typeNameIn } from '../../../domain/activity-types/type-names';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import { leadLabel } from '../reminders/reminder-leads';

/**
 * "in Swedish: Möte · subject “Call back” · due in 2 working days · follow-up: Meeting",
 * as mrkdwn: the name in the other language first, so an admin sees both.
 */
export function typeDefaultsSummary(m: Messages, type: ActivityType, all: ActivityType[]): string {
  const t = m.admin.types;
  const other = m.locale === 'sv' ? 'en' : 'sv';
  const parts: string[] = [t.otherName(escapeMrkdwn(typeNameIn(type, other)))];
  if (type.defaultSubject) parts.push(t.subject(escapeMrkdwn(type.defaultSubject)));
  if (type.defaultDueDays !== null) parts.push(t.due(type.defaultDueDays));
  const followUp = all.find((other) => other.id === type.followUpTypeId);
  if (followUp) {
    const name = escapeMrkdwn(typeNameIn(followUp, m.locale));
    parts.push(followUp.archived ? t.followUpArchived(name) : t.followUp(name));
  }
  if (type.reminderLeadMinutes !== null)
    parts.push(m.reminders.admin.summary(leadLabel(m, type.reminderLeadMinutes)));
  if (type.askOutcome) parts.push(m.reminders.admin.asksOutcome(type.defaultDurationMinutes));
  if (parts.length === 1) parts.push(t.noDefaults);
  return parts.join(' · ');
}
