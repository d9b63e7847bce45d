import type { ActivityType } from '../../../domain/activity-types/activity-type';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';

/** "subject “Call back” · due in 2 working days · follow-up: Meeting", as mrkdwn. */
export function typeDefaultsSummary(m: Messages, type: ActivityType, all: ActivityType[]): string {
  const t = m.admin.types;
  const parts: string[] = [];
  if (type.defaultSubject) parts.push(t.subject(escapeMrkdwn(type.defaultSubject)));
  if (type.defaultDueDays !== null) parts.push(t.due(type.defaultDueDays));
  const followUp = all.find((other) => other.id === type.followUpTypeId);
  if (followUp) {
    const name = escapeMrkdwn(followUp.name);
    parts.push(followUp.archived ? t.followUpArchived(name) : t.followUp(name));
  }
  return parts.length > 0 ? parts.join(' · ') : t.noDefaults;
}
