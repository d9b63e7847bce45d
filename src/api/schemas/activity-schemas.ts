import { z } from 'zod';
import { NOTES_MAX, SUBJECT_MAX } from '../../domain/activities/activity-input';
import { ACTIVITY_STATUSES, type ActivityRecord } from '../../domain/activities/activity-record';
import { nameIn } from '../../domain/activity-types/type-names';
import { SERIES_SCOPES } from '../../domain/recurrence/series-scope';
import { REMINDER_LEADS } from '../../domain/reminders/reminder-rules';
import type { Locale } from '../../i18n';
import type { ApiResult } from '../api-result';
import { isoDateTime, optionalText, text } from './common';

const status = z.enum(ACTIVITY_STATUSES as unknown as ['NOT_STARTED', 'IN_PROGRESS', 'DONE']);

/** The person fields an activity or message may name its customer by. */
export const personReferenceFields = {
  personExternalId: text().trim().min(1).max(100).optional().meta({ description: 'Match by external id' }),
  personEmail: text().trim().min(1).max(254).optional().meta({ description: 'Match by e-mail' }),
  personPhone: text()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .meta({ description: 'Match by phone; 070… and +4670… are the same number' }),
};

const createPersonFields = {
  createPerson: z
    .boolean()
    .optional()
    .meta({ description: 'Create the person from the given fields when nobody matches' }),
  personName: text().trim().min(1).max(200).optional().meta({ description: 'Name of a created person' }),
};

const editableFields = {
  linkOrganization: z.boolean().optional().meta({ description: 'Also list it on the person’s organization' }),
  type: text().trim().min(1).max(100).meta({ description: 'Activity type key (EMAIL, MEETING …) or name' }),
  subject: text().max(SUBJECT_MAX),
  status: status.optional(),
  startAt: isoDateTime.optional(),
  endAt: isoDateTime.nullable().optional(),
  responsible: text().trim().min(1).max(254).meta({ description: 'Slack user id (U…) or e-mail' }),
  notes: optionalText(NOTES_MAX),
  isPrivate: z
    .boolean()
    .optional()
    .meta({ description: 'Visible only to the responsible (never returned by the API)' }),
  recurrence: text().trim().max(300).nullable().optional().meta({
    description:
      'Repeat rule, an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=+2TU;COUNT=6, kept in the responsible’s time zone. Daily, weekly on weekdays, monthly on a day or an nth/last weekday, or yearly; ends with UNTIL (a day) or COUNT. Stored in canonical form; null or "" stops repeating.',
  }),
  remindLeadMinutes: z
    .literal([...REMINDER_LEADS])
    .nullable()
    .optional()
    .meta({
      description:
        'Remind the responsible this many minutes before the start (0: at the start, 1440: a day before); null: no reminder; left out: the type’s lead on create, unchanged on update',
    }),
};

function hasPersonReference(value: {
  personExternalId?: string;
  personEmail?: string;
  personPhone?: string;
}): boolean {
  return Boolean(value.personExternalId || value.personEmail || value.personPhone);
}

export const createActivityBody = z
  .strictObject({ ...personReferenceFields, ...createPersonFields, ...editableFields })
  .refine(hasPersonReference, {
    path: ['personExternalId'],
    message: 'Give personExternalId, personEmail or personPhone.',
  });

export const updateActivityBody = z.strictObject({
  ...personReferenceFields,
  linkOrganization: editableFields.linkOrganization,
  type: editableFields.type.optional(),
  subject: editableFields.subject.optional(),
  status: editableFields.status,
  startAt: editableFields.startAt,
  endAt: editableFields.endAt,
  responsible: editableFields.responsible.optional(),
  notes: editableFields.notes,
  isPrivate: editableFields.isPrivate,
  recurrence: editableFields.recurrence,
  scope: z.enum(SERIES_SCOPES).optional().meta({
    description:
      'For an occurrence of a repeating activity: "this" (default) changes this occurrence only, "following" also the ones after it. A changed recurrence always applies to the series.',
  }),
  remindLeadMinutes: editableFields.remindLeadMinutes,
  version: z
    .int()
    .positive()
    .optional()
    .meta({ description: 'The version you read; refused with 409 when it changed (or send If-Match)' }),
});

export const listActivitiesQuery = z.strictObject({
  updatedSince: isoDateTime.optional().meta({ description: 'Only activities changed at or after this time' }),
  status: text()
    .regex(/^(NOT_STARTED|IN_PROGRESS|DONE)(,(NOT_STARTED|IN_PROGRESS|DONE))*$/)
    .optional()
    .meta({ description: 'One status or several, comma-separated' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: text().max(200).optional().meta({
    description: 'nextCursor of the previous page, or resumeCursor of an earlier sync; replaces updatedSince',
  }),
});

const ref = z.object({ id: z.int(), name: z.string() });
const employee = z.object({ slackUserId: z.string(), name: z.string() });

export const activityResponse = z.object({
  id: z.int(),
  version: z.int(),
  person: ref,
  organization: ref.nullable(),
  type: z.object({
    id: z.int(),
    key: z.string().nullable(),
    name: z.string().meta({ description: 'In the workspace’s language' }),
    names: z.object({ en: z.string(), sv: z.string() }).meta({ description: 'In English and Swedish' }),
  }),
  subject: z.string(),
  status,
  startAt: z.string(),
  endAt: z.string().nullable(),
  dueAt: z.string(),
  completedAt: z.string().nullable(),
  responsible: employee,
  notes: z.string().nullable(),
  isPrivate: z.boolean(),
  recurrence: z.string().nullable().meta({
    description: 'The canonical RRULE the activity repeats by; null when it does not (or no longer) repeat',
  }),
  remindLeadMinutes: z.int().nullable().meta({ description: 'Minutes before the start; null: no reminder' }),
  source: z.enum(['SLACK', 'API', 'EMAIL', 'SMS', 'IMPORT']),
  createdBy: employee.nullable().meta({ description: 'Null when created through the API' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A feed entry for an activity that was deleted (or deleted for good): drop it. */
export const deletedTombstone = z
  .object({ id: z.int(), deleted: z.literal(true) })
  .meta({ description: 'Deleted (in the trash, or deleted for good): drop it' });

const hiddenActivity = z
  .object({ id: z.int(), visible: z.literal(false) })
  .meta({ description: 'Made private (only its responsible sees it): drop it' });

export const nextCursorField = z
  .string()
  .nullable()
  .meta({ description: 'Pass as cursor for the next page; null on the last' });

export const resumeCursorField = z.string().meta({
  description:
    'Keep the one of your last page and pass it as cursor next time you sync: you get every change since, even ones committed late by another server',
});

export const activityPageResponse = z.object({
  items: z.array(z.union([activityResponse, deletedTombstone, hiddenActivity])).meta({
    description: 'Changes in commit order: an activity, or what to drop ({id, deleted} / {id, visible})',
  }),
  nextCursor: nextCursorField,
  resumeCursor: resumeCursorField,
});

export type ActivityResponse = z.infer<typeof activityResponse>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** An activity as the API shows it; `locale` (the workspace's) picks the type's `name`. */
export function activityJson(record: ActivityRecord, locale: Locale): ActivityResponse {
  return {
    id: record.id,
    version: record.version,
    person: { id: record.person.id, name: record.person.name },
    organization: record.organization,
    type: {
      id: record.type.id,
      key: record.type.key,
      name: nameIn(record.type.names, locale),
      names: { en: record.type.names.en, sv: record.type.names.sv },
    },
    subject: record.subject,
    status: record.status,
    startAt: record.startAt.toISOString(),
    endAt: iso(record.endAt),
    dueAt: record.dueAt.toISOString(),
    completedAt: iso(record.completedAt),
    responsible: { slackUserId: record.responsible.slackUserId, name: record.responsible.name },
    notes: record.notes,
    isPrivate: record.isPrivate,
    recurrence: record.recurrence,
    remindLeadMinutes: record.remindLeadMinutes,
    source: record.source,
    createdBy: record.creator ? { slackUserId: record.creator.slackUserId, name: record.creator.name } : null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/**
 * The answer about one activity: its JSON, its version as a strong ETag, and
 * the ids it shows (a stored copy goes when the activity or person is erased).
 */
export function activityAnswer(status: 200 | 201, locale: Locale): (record: ActivityRecord) => ApiResult {
  return (record) => ({
    status,
    body: activityJson(record, locale),
    headers: { ETag: `"${record.version}"` },
    about: { activityId: record.id, personId: record.person.id },
  });
}
