import { z } from 'zod';
import type { ActivityField, ActivityInput } from '../../../domain/activities/activity-input';
import type { ActivityStatus } from '../../../domain/activities/activity-record';
import { REPEAT_PRESETS } from '../../../domain/recurrence/repeat-choice';
import { WEEKDAYS } from '../../../domain/recurrence/repeat-rule';
import type { FormFields } from '../../app-errors/form-fields';
import {
  type ActivityFormMetadata,
  type ActivityFormValues,
  FORM_FIELDS,
  type FormField,
  type FormRepeat,
  formBlockId,
} from '../../views/activities/activity-modal';
import { leadOfOption } from '../../views/reminders/reminder-leads';

/** The parts of a view payload the form is read from. */
export interface SubmittedView {
  blocks: unknown[];
  state?: { values: Record<string, Record<string, unknown>> };
  private_metadata: string;
}

const option = z.object({ value: z.string(), text: z.object({ text: z.string() }).partial().optional() });
/** One element's state (or its initial value) as Slack reports it. */
const elementState = z
  .object({
    selected_option: option.nullable(),
    selected_options: z.array(option).nullable(),
    value: z.string().nullable(),
    selected_date_time: z.number().nullable(),
    selected_date: z.string().nullable(),
    selected_user: z.string().nullable(),
  })
  .partial();
type ElementState = z.infer<typeof elementState>;

const metadataSchema = z.object({
  mode: z.enum(['create', 'edit']),
  activityId: z.number().int().positive().optional(),
  version: z.number().int().positive().optional(),
  channelId: z.string().nullable().optional(),
  revision: z.number().int().nonnegative(),
  message: z
    .object({
      channel: z.string().regex(/^[CDG][A-Z0-9]{2,30}$/),
      ts: z.string().regex(/^\d{1,12}\.\d{1,8}$/),
    })
    .optional(),
  prefilled: z
    .object({
      typeId: z.number().int(),
      subject: z.string().optional(),
      endAt: z.number().optional(),
      remind: z.number().int().nullable().optional(),
    })
    .optional(),
  base: z.partialRecord(z.enum(FORM_FIELDS), z.string().max(20)).optional(),
  changed: z.array(z.enum(FORM_FIELDS)).max(FORM_FIELDS.length).optional(),
});

export function readFormMetadata(view: SubmittedView): ActivityFormMetadata | null {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(view.private_metadata));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const blockSchema = z.object({
  block_id: z.string(),
  element: z
    .object({
      action_id: z.string(),
      initial_option: option.optional(),
      initial_options: z.array(option).optional(),
      initial_value: z.string().optional(),
      initial_date_time: z.number().optional(),
      initial_date: z.string().optional(),
      initial_user: z.string().optional(),
    })
    .optional(),
});

function fieldOf(blockId: string): FormField | undefined {
  const name = blockId.split('.')[0];
  return FORM_FIELDS.find((field) => field === name);
}

/**
 * Each field's current value: what the user chose (view.state) or else what the
 * form was drawn with (the element's initial value), whatever the revision.
 */
function currentStates(view: SubmittedView): Partial<Record<FormField, ElementState>> {
  const states: Partial<Record<FormField, ElementState>> = {};
  for (const raw of view.blocks) {
    const block = blockSchema.safeParse(raw);
    if (!block.success || !block.data.element) continue;
    const field = fieldOf(block.data.block_id);
    if (!field) continue;
    const { element } = block.data;
    const reported = view.state?.values[block.data.block_id]?.[element.action_id];
    const parsed = reported === undefined ? undefined : elementState.safeParse(reported);
    states[field] = parsed?.success
      ? parsed.data
      : {
          selected_option: element.initial_option ?? null,
          selected_options: element.initial_options ?? [],
          value: element.initial_value ?? null,
          selected_date_time: element.initial_date_time ?? null,
          selected_date: element.initial_date ?? null,
          selected_user: element.initial_user ?? null,
        };
  }
  return states;
}

const moment = (state: ElementState | undefined) =>
  typeof state?.selected_date_time === 'number' ? new Date(state.selected_date_time * 1000) : null;
const ticked = (state: ElementState | undefined) => (state?.selected_options?.length ?? 0) > 0;
/** An id we handed out; anything else becomes 0, which no row has, so the rules call it unknown. */
const idOf = (value: string | undefined) =>
  value === undefined ? null : /^\d{1,9}$/.test(value) ? Number(value) : 0;

/** The form as the user sees it now (organization lookups are the caller's). */
export function readFormValues(view: SubmittedView): ActivityFormValues {
  const s = currentStates(view);
  const person = s.person?.selected_option;
  const personId = idOf(person?.value);
  return {
    person: personId === null ? null : { id: personId, name: person?.text?.text ?? String(personId) },
    linkableOrganization: null,
    linkOrganization: ticked(s.linkOrganization),
    typeId: idOf(s.type?.selected_option?.value),
    subject: s.subject?.value ?? '',
    status: (s.status?.selected_option?.value ?? 'NOT_STARTED') as ActivityStatus,
    startAt: moment(s.start),
    endAt: moment(s.end),
    responsibleSlackUserId: s.responsible?.selected_user ?? null,
    notes: s.notes?.value ?? '',
    isPrivate: ticked(s.private),
    remindLeadMinutes: leadOfOption(s.remind?.selected_option?.value),
    ...(s.repeat ? { repeat: repeatOf(s) } : {}),
    ...(s.scope ? { scope: s.scope.selected_option?.value === 'following' ? 'following' : 'this' } : {}),
  };
}

const CUSTOM_UNITS = ['day', 'week', 'month'] as const;

/**
 * The *Repeat* fields as typed (product §3.6). A preset we did not offer reads as *Never*;
 * a count or interval Slack let through that is not a whole number reads as 0, which the
 * rules refuse.
 */
function repeatOf(s: Partial<Record<FormField, ElementState>>): FormRepeat {
  const chosen = s.repeat?.selected_option?.value;
  if (chosen === 'stored') return { preset: 'stored' };
  const preset = REPEAT_PRESETS.find((p) => p === chosen) ?? 'never';
  const count = s.repeatCount?.value?.trim() ?? '';
  const until = s.repeatUntil?.selected_date ?? null;
  const whole = (text: string) => (/^\d{1,4}$/.test(text) ? Number(text) : 0);
  const unit = s.repeatUnit?.selected_option?.value;
  const days = (s.repeatDays?.selected_options ?? []).map((o) => o.value);
  return {
    preset,
    ...(preset === 'custom'
      ? {
          custom: {
            unit: CUSTOM_UNITS.find((u) => u === unit) ?? 'week',
            interval: whole(s.repeatInterval?.value?.trim() ?? '1'),
            weekdays: WEEKDAYS.filter((day) => days.includes(day)),
          },
        }
      : {}),
    count: count === '' ? null : whole(count),
    until: until && /^\d{4}-\d{2}-\d{2}$/.test(until) ? until : null,
  };
}

/** What the rules get from the form: every field, as the user left it. */
export function toActivityInput(values: ActivityFormValues): ActivityInput {
  return {
    personId: values.person?.id ?? null,
    linkOrganization: values.linkOrganization,
    typeId: values.typeId,
    subject: values.subject,
    status: values.status,
    startAt: values.startAt,
    endAt: values.endAt,
    responsibleSlackUserId: values.responsibleSlackUserId,
    notes: values.notes,
    isPrivate: values.isPrivate,
    remindLeadMinutes: values.remindLeadMinutes,
    // *As it is* leaves the stored rule alone, as a form without Repeat does.
    ...(values.repeat && values.repeat.preset !== 'stored' ? { repeat: values.repeat } : {}),
  };
}

const FIELD_BLOCKS: Record<ActivityField, FormField> = {
  person: 'person',
  linkOrganization: 'linkOrganization',
  type: 'type',
  subject: 'subject',
  status: 'status',
  start: 'start',
  end: 'end',
  responsible: 'responsible',
  notes: 'notes',
  isPrivate: 'private',
  recurrence: 'repeat',
  remind: 'remind',
};

/**
 * Where the form on screen shows the messages of a refused save: each field's input at the
 * form's revision; messages without an input of their own go next to the person.
 */
export function activityFormFields(view: SubmittedView): FormFields {
  const revision = readFormMetadata(view)?.revision ?? 0;
  return {
    blockOf: (field) => {
      const block = FIELD_BLOCKS[field as ActivityField];
      return block === undefined ? undefined : formBlockId(block, revision);
    },
    main: formBlockId('person', revision),
  };
}
