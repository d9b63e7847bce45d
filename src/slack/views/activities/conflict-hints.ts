import type { ActivityRecord, HistoryEntry } from '../../../domain/activities/activity-record';
import { nameIn } from '../../../domain/activity-types/type-names';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { formatDateTime } from '../format';
import { escapeMrkdwn } from '../mrkdwn';
import { leadLabel } from '../reminders/reminder-leads';
import type { FormField } from './activity-modal';
import { clip, escapeWithin, mention } from './activity-parts';
import { ruleInWords } from './repeat-text';

/** History names the organization link `organization`; every other field goes by its form name. */
const HISTORY_FIELD: Record<FormField, string> = {
  person: 'person',
  linkOrganization: 'organization',
  type: 'type',
  subject: 'subject',
  status: 'status',
  start: 'start',
  end: 'end',
  responsible: 'responsible',
  notes: 'notes',
  private: 'private',
  remind: 'reminder',
  repeat: 'recurrence',
  repeatCount: 'recurrence',
  repeatUntil: 'recurrence',
  repeatInterval: 'recurrence',
  repeatUnit: 'recurrence',
  repeatDays: 'recurrence',
  scope: 'scope',
};

const NAME_MAX = 100;
const SUBJECT_SHOWN = 300;
const NOTES_SHOWN = 500;

/** The field's current value as a reader of the form takes it in (user text escaped and cut short). */
function currentValue(
  m: Messages,
  viewer: Viewer,
  { record, field }: { record: ActivityRecord; field: FormField },
): string {
  const d = m.activities.detail;
  const time = (date: Date | null) => (date ? formatDateTime(date, viewer) : d.empty);
  switch (field) {
    case 'person':
      return escapeMrkdwn(clip(record.person.name, NAME_MAX));
    case 'linkOrganization':
      return record.organization ? escapeMrkdwn(clip(record.organization.name, NAME_MAX)) : d.no;
    case 'type':
      return escapeMrkdwn(clip(nameIn(record.type.names, viewer.locale), NAME_MAX));
    case 'subject':
      return escapeWithin(record.subject, SUBJECT_SHOWN);
    case 'status':
      return m.status[record.status];
    case 'start':
      return time(record.startAt);
    case 'end':
      return time(record.endAt);
    case 'responsible':
      return mention(record.responsible.slackUserId);
    case 'notes':
      return record.notes ? escapeWithin(record.notes, NOTES_SHOWN) : d.empty;
    case 'private':
      return record.isPrivate ? d.yes : d.no;
    case 'remind':
      return leadLabel(m, record.remindLeadMinutes);
    case 'repeat':
    case 'repeatCount':
    case 'repeatUntil':
    case 'repeatInterval':
    case 'repeatUnit':
    case 'repeatDays':
      return record.recurrence ? ruleInWords({ m, viewer }, record.recurrence, record.startAt) : d.empty;
    case 'scope':
      return d.empty;
  }
}

/** Who made an entry, as mrkdwn: a colleague, an API token's name, or "someone". */
function author(m: Messages, entry: Pick<HistoryEntry, 'actor' | 'actorLabel'> | null): string {
  if (entry?.actor) return mention(entry.actor.slackUserId);
  if (entry?.actorLabel) return escapeMrkdwn(entry.actorLabel);
  return m.activities.detail.someone;
}

/**
 * A line under each field someone else changed while the user was editing: who
 * changed it last, when, and what it is now. Who and when come from the newest
 * history entry that touched the field (else the activity's last save).
 */
export function conflictHints(
  m: Messages,
  viewer: Viewer,
  { record, history, changed }: { record: ActivityRecord; history: HistoryEntry[]; changed: FormField[] },
): Partial<Record<FormField, string>> {
  const hints: Partial<Record<FormField, string>> = {};
  for (const field of changed) {
    const entry = history.find((e) => e.changes.some((c) => c.field === HISTORY_FIELD[field]));
    const who = author(m, entry ?? { actor: record.updatedBy, actorLabel: null });
    const when = formatDateTime(entry?.createdAt ?? record.updatedAt, viewer);
    hints[field] = m.activities.modal.changedMeanwhile(who, when, currentValue(m, viewer, { record, field }));
  }
  return hints;
}

/** The warning on top of a form whose save was refused because someone else saved first. */
export function conflictWarning(m: Messages, viewer: Viewer, record: ActivityRecord): string {
  const who = record.updatedBy ? mention(record.updatedBy.slackUserId) : m.activities.detail.someone;
  return m.activities.modal.conflict(who, formatDateTime(record.updatedAt, viewer));
}
