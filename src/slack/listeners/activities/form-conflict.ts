import { createHash } from 'node:crypto';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { type ActivityFormValues, FORM_FIELDS, type FormField } from '../../views/activities/activity-modal';
import { recordFormValues } from './activity-form';

/** What identifies a field's value, whatever its label or formatting. */
function fieldKey(values: ActivityFormValues, field: FormField): string {
  const seconds = (date: Date | null) => (date ? String(Math.floor(date.getTime() / 1000)) : '');
  switch (field) {
    case 'person':
      return String(values.person?.id ?? '');
    case 'linkOrganization':
      return String(values.linkOrganization);
    case 'type':
      return String(values.typeId ?? '');
    case 'subject':
      return values.subject;
    case 'status':
      return values.status;
    case 'start':
      return seconds(values.startAt);
    case 'end':
      return seconds(values.endAt);
    case 'responsible':
      return values.responsibleSlackUserId ?? '';
    case 'notes':
      return values.notes;
    case 'private':
      return String(values.isPrivate);
    case 'remind':
      return String(values.remindLeadMinutes);
    case 'repeat':
    case 'repeatCount':
    case 'repeatUntil':
      return JSON.stringify(values.repeat ?? null);
  }
}

/** The form value of one field, as `ActivityFormValues` keeps it. */
const VALUE_OF: Record<FormField, keyof ActivityFormValues> = {
  person: 'person',
  linkOrganization: 'linkOrganization',
  type: 'typeId',
  subject: 'subject',
  status: 'status',
  start: 'startAt',
  end: 'endAt',
  responsible: 'responsibleSlackUserId',
  notes: 'notes',
  private: 'isPrivate',
  remind: 'remindLeadMinutes',
  repeat: 'repeat',
  repeatCount: 'repeat',
  repeatUntil: 'repeat',
};

function fingerprint(values: ActivityFormValues, field: FormField): string {
  return createHash('sha256').update(fieldKey(values, field)).digest('base64url').slice(0, 10);
}

/** Short fingerprints of a stored activity's fields: the edit form's `base` (private_metadata is small). */
export function formBase(record: ActivityRecord): Record<FormField, string> {
  const values = recordFormValues(record);
  return Object.fromEntries(FORM_FIELDS.map((field) => [field, fingerprint(values, field)])) as Record<
    FormField,
    string
  >;
}

export interface MergedForm {
  values: ActivityFormValues;
  /** Fields someone else changed since the form was drawn. */
  changed: FormField[];
}

/**
 * A save refused because someone else saved first: everything the user changed
 * stays as they left it; a field only the other person changed takes its new
 * value (saving the user's form must not quietly undo it); `changed` names every
 * field that changed meanwhile. A form drawn without `base` cannot tell who
 * changed what: it keeps all the user's values and names each field that differs.
 */
export function mergeAfterConflict(
  typed: ActivityFormValues,
  base: Partial<Record<FormField, string>> | undefined,
  current: ActivityRecord,
): MergedForm {
  const theirs = recordFormValues(current);
  const values: ActivityFormValues = { ...typed };
  const changed: FormField[] = [];
  for (const field of FORM_FIELDS) {
    const now = fingerprint(theirs, field);
    const was = base?.[field];
    if (was === undefined) {
      if (now !== fingerprint(typed, field)) changed.push(field);
      continue;
    }
    if (now === was) continue;
    changed.push(field);
    const untouched = fingerprint(typed, field) === was;
    if (untouched) Object.assign(values, { [VALUE_OF[field]]: theirs[VALUE_OF[field]] });
  }
  return { values, changed };
}
