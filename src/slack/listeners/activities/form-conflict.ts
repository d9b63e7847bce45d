import { createHash } from 'node:crypto';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { type ActivityFormValues, FORM_FIELDS, type FormField } from '../../views/activities/activity-modal';
import { recordFormValues } from './activity-form';

/** Times are told apart to the second, as the form shows them. */
const seconds = (date: Date | null) => (date ? String(Math.floor(date.getTime() / 1000)) : '');

const repeatKey = (values: ActivityFormValues) => JSON.stringify(values.repeat ?? null);

/**
 * Each field of the form: where `ActivityFormValues` keeps its value, and what identifies
 * that value whatever its label or formatting (the fingerprint is taken of this).
 */
const FIELDS: Record<
  FormField,
  { value: keyof ActivityFormValues; key: (values: ActivityFormValues) => string }
> = {
  person: { value: 'person', key: (v) => String(v.person?.id ?? '') },
  linkOrganization: { value: 'linkOrganization', key: (v) => String(v.linkOrganization) },
  type: { value: 'typeId', key: (v) => String(v.typeId ?? '') },
  subject: { value: 'subject', key: (v) => v.subject },
  status: { value: 'status', key: (v) => v.status },
  start: { value: 'startAt', key: (v) => seconds(v.startAt) },
  end: { value: 'endAt', key: (v) => seconds(v.endAt) },
  responsible: { value: 'responsibleSlackUserId', key: (v) => v.responsibleSlackUserId ?? '' },
  notes: { value: 'notes', key: (v) => v.notes },
  private: { value: 'isPrivate', key: (v) => String(v.isPrivate) },
  remind: { value: 'remindLeadMinutes', key: (v) => String(v.remindLeadMinutes) },
  // The Repeat inputs are one value: the rule they make together.
  repeat: { value: 'repeat', key: repeatKey },
  repeatCount: { value: 'repeat', key: repeatKey },
  repeatUntil: { value: 'repeat', key: repeatKey },
  repeatInterval: { value: 'repeat', key: repeatKey },
  repeatUnit: { value: 'repeat', key: repeatKey },
  repeatDays: { value: 'repeat', key: repeatKey },
  // What an edit applies to is the user's question, never a stored value someone else changes.
  scope: { value: 'scope', key: () => '' },
};

function fingerprint(values: ActivityFormValues, field: FormField): string {
  return createHash('sha256').update(FIELDS[field].key(values)).digest('base64url').slice(0, 10);
}

/**
 * Short fingerprints of a stored activity's fields: the edit form's `base` (private_metadata is
 * small). `timeZone` is the one the form shows the activity in (its Repeat choice depends on the start's day).
 */
export function formBase(record: ActivityRecord, timeZone: string): Record<FormField, string> {
  const values = recordFormValues(record, timeZone);
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
  {
    base,
    current,
    timeZone,
  }: { base: Partial<Record<FormField, string>> | undefined; current: ActivityRecord; timeZone: string },
): MergedForm {
  const theirs = recordFormValues(current, timeZone);
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
    if (untouched) {
      const { value } = FIELDS[field];
      Object.assign(values, { [value]: theirs[value] });
    }
  }
  return { values, changed };
}
