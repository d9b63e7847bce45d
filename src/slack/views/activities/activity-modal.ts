import type { Checkboxes, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { NOTES_MAX, SUBJECT_MAX } from '../../../domain/activities/activity-input';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../domain/activities/activity-record';
import { REPEAT_PRESETS, type RepeatForm } from '../../../domain/recurrence/repeat-choice';
import { COUNT_MAX, WEEKDAYS } from '../../../domain/recurrence/repeat-rule';
import { SERIES_SCOPES, type SeriesScope } from '../../../domain/recurrence/series-scope';
import type { Messages } from '../../../i18n';
import type { MessageReference } from '../message-link';
import { PERSON_PICKER } from '../picker-ids';
import { startPlanFromForm } from '../plans/start-plan-button';
import { leadOptions, NO_REMINDER } from '../reminders/reminder-leads';
import { clip } from './activity-parts';

export const ACTIVITY_FORM = 'activity_form';
export const FORM_TYPE_ACTION = 'activity_form_type';
/** *Use current values* after a refused save: the form redrawn from the activity as it is now. */
export const FORM_TAKE_CURRENT = 'activity_form_take_current';

/** Inputs of the form; their block ids carry the form's revision (see `formBlockId`). */
export const FORM_FIELDS = [
  'person',
  'linkOrganization',
  'type',
  'subject',
  'status',
  'start',
  'end',
  'remind',
  'repeat',
  'repeatCount',
  'repeatUntil',
  'repeatInterval',
  'repeatUnit',
  'repeatDays',
  'scope',
  'responsible',
  'notes',
  'private',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Action ids of the inputs that do not dispatch anything of their own. */
export const FORM_ACTIONS: Record<FormField, string> = {
  person: PERSON_PICKER,
  linkOrganization: 'activity_form_link',
  type: FORM_TYPE_ACTION,
  subject: 'activity_form_subject',
  status: 'activity_form_status',
  start: 'activity_form_start',
  end: 'activity_form_end',
  remind: 'activity_form_remind',
  repeat: 'activity_form_repeat',
  repeatCount: 'activity_form_repeat_count',
  repeatUntil: 'activity_form_repeat_until',
  repeatInterval: 'activity_form_repeat_interval',
  repeatUnit: 'activity_form_repeat_unit',
  repeatDays: 'activity_form_repeat_days',
  scope: 'activity_form_scope',
  responsible: 'activity_form_responsible',
  notes: 'activity_form_notes',
  private: 'activity_form_private',
};

/**
 * Slack keeps what a user typed in an input whose block id survives an update and
 * ignores new initial values there. Every redraw of the form is built from its
 * current values under fresh block ids, so prefilled and current values show.
 */
export function formBlockId(field: FormField, revision: number): string {
  return `${field}.${revision}`;
}

export interface ActivityFormValues {
  person: { id: number; name: string } | null;
  /** The organization linking would use; the checkbox is offered only when there is one. */
  linkableOrganization: { id: number; name: string } | null;
  linkOrganization: boolean;
  typeId: number | null;
  subject: string;
  status: ActivityStatus;
  startAt: Date | null;
  endAt: Date | null;
  responsibleSlackUserId: string | null;
  notes: string;
  isPrivate: boolean;
  /** *Remind me*: minutes before the start; null: no reminder (product §5.4). */
  remindLeadMinutes: number | null;
  /**
   * *Repeat* (product §3.6): offered when logging, and when editing an activity that is not
   * a done occurrence of a series (there the series has moved on).
   */
  repeat?: FormRepeat;
  /** Editing an open occurrence: *This one* or *This and following* (product §3.6). */
  scope?: SeriesScope;
}

/**
 * The *Repeat* fields: a choice the form can make, or (editing) *As it is* for a stored rule
 * no choice shows (one set through the API, e.g. every 2 years), which saving keeps unchanged.
 */
export type FormRepeat = RepeatForm | { preset: 'stored' };

/** Kept in private_metadata between the opening, every redraw and the submission. */
export interface ActivityFormMetadata {
  mode: 'create' | 'edit';
  activityId?: number;
  /** The version an edit was built from (optimistic concurrency). */
  version?: number;
  /** Where the card goes after saving; none: a direct message. */
  channelId?: string | null;
  revision: number;
  /**
   * The Slack message a new activity is logged from (*Log as activity*): its link is
   * asked from Slack when the activity is saved, never carried in the form.
   */
  message?: MessageReference;
  /** What the last type choice prefilled, so another choice may replace it. */
  prefilled?: { typeId: number; subject?: string; endAt?: number; remind?: number | null };
  /**
   * An edit: a short fingerprint of each field's stored value when the form was
   * drawn, so a refused save can tell what someone else changed from what the
   * user changed (the values themselves would not fit: notes alone may fill 3,000 characters).
   */
  base?: Partial<Record<FormField, string>>;
  /** After a refused save: the fields someone else changed meanwhile, each shown with its current value. */
  changed?: FormField[];
}

export interface ActivityModalInput {
  m: Messages;
  values: ActivityFormValues;
  /** Types to offer (active ones, in admin order; plus an edited activity's archived type). */
  types: { id: number; name: string; archived: boolean }[];
  metadata: ActivityFormMetadata;
  /** A warning on top, e.g. that someone else saved meanwhile (mrkdwn, already escaped). */
  warning?: string;
  /** A button beside the warning that redraws the form with the activity's current values. */
  takeCurrent?: boolean;
  /** A line under a field, e.g. what someone else changed it to meanwhile (mrkdwn, already escaped). */
  hints?: Partial<Record<FormField, string>>;
  /** A line under the form, e.g. who created the activity (mrkdwn, already escaped). */
  footer?: string;
  /** The edited activity is an open occurrence of a series: ask what the edit applies to. */
  asksScope?: boolean;
  /** The stored rule in words, for *As it is* (see FormRepeat). */
  storedRule?: string;
}

const OPTION_TEXT_MAX = 75;
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

function option(text: string, value: string): PlainTextOption {
  return { text: { type: 'plain_text', text: clip(text, OPTION_TEXT_MAX), emoji: true }, value };
}

function checkbox(actionId: string, choice: PlainTextOption, checked: boolean): Checkboxes {
  return {
    type: 'checkboxes',
    action_id: actionId,
    options: [choice],
    ...(checked ? { initial_options: [choice] } : {}),
  };
}

/** The *Log activity* / edit modal of product §3.1, in the user's language. */
export function activityModal(input: ActivityModalInput): ModalView {
  const { m, values, metadata } = input;
  const f = m.activities.fields;
  const t = m.activities.modal;
  const id = (field: FormField) => formBlockId(field, metadata.revision);
  const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
  const blocks: KnownBlock[] = [];
  /** An input block, followed by its field's hint when there is one. */
  const field = (name: FormField, block: InputBlock) => {
    blocks.push(block);
    const hint = input.hints?.[name];
    if (hint) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: hint }] });
  };

  if (input.warning) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: input.warning },
      ...(input.takeCurrent
        ? {
            accessory: {
              type: 'button',
              action_id: FORM_TAKE_CURRENT,
              text: plain(t.takeCurrent),
              value: String(metadata.activityId ?? 0),
            },
          }
        : {}),
    });
  }

  field('person', {
    type: 'input',
    block_id: id('person'),
    dispatch_action: true,
    label: plain(f.person),
    element: {
      type: 'external_select',
      action_id: FORM_ACTIONS.person,
      placeholder: plain(t.personPlaceholder),
      min_query_length: 1,
      ...(values.person ? { initial_option: option(values.person.name, String(values.person.id)) } : {}),
    },
  });

  // product §3.7: a new activity may instead be a whole plan for the person.
  if (metadata.mode === 'create') blocks.push(startPlanFromForm(m));

  if (values.linkableOrganization) {
    field('linkOrganization', {
      type: 'input',
      block_id: id('linkOrganization'),
      optional: true,
      label: plain(f.linkOrganization),
      element: checkbox(
        FORM_ACTIONS.linkOrganization,
        option(t.linkOrganizationOption(values.linkableOrganization.name), 'link'),
        values.linkOrganization,
      ),
    });
  }

  const typeOptions = input.types
    .slice(0, 100)
    .map((type) => option(type.archived ? t.archivedType(type.name) : type.name, String(type.id)));
  const chosenType = typeOptions.find((o) => o.value === String(values.typeId));
  if (typeOptions.length === 0) {
    // Slack refuses a select without options; saving then reports the missing type.
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: t.noTypes } });
  } else {
    field('type', {
      type: 'input',
      block_id: id('type'),
      dispatch_action: true,
      label: plain(f.type),
      element: {
        type: 'static_select',
        action_id: FORM_ACTIONS.type,
        placeholder: plain(t.typePlaceholder),
        options: typeOptions,
        ...(chosenType ? { initial_option: chosenType } : {}),
      },
    });
  }

  field('subject', {
    type: 'input',
    block_id: id('subject'),
    label: plain(f.subject),
    element: {
      type: 'plain_text_input',
      action_id: FORM_ACTIONS.subject,
      max_length: SUBJECT_MAX,
      placeholder: plain(t.subjectPlaceholder),
      ...(values.subject ? { initial_value: values.subject } : {}),
    },
  });

  const statusOptions = ACTIVITY_STATUSES.map((status) => option(m.status[status], status));
  field('status', {
    type: 'input',
    block_id: id('status'),
    label: plain(f.status),
    element: {
      type: 'static_select',
      action_id: FORM_ACTIONS.status,
      placeholder: plain(t.statusPlaceholder),
      options: statusOptions,
      initial_option: statusOptions.find((o) => o.value === values.status),
    },
  });

  const moment = (field: 'start' | 'end', value: Date | null, optional: boolean): InputBlock => ({
    type: 'input',
    block_id: id(field),
    optional,
    label: plain(f[field]),
    element: {
      type: 'datetimepicker',
      action_id: FORM_ACTIONS[field],
      ...(value ? { initial_date_time: seconds(value) } : {}),
    },
  });
  field('start', moment('start', values.startAt, false));
  field('end', moment('end', values.endAt, true));

  const leads = leadOptions(m);
  field('remind', {
    type: 'input',
    block_id: id('remind'),
    optional: true,
    label: plain(f.reminder),
    element: {
      type: 'static_select',
      action_id: FORM_ACTIONS.remind,
      options: leads,
      initial_option:
        leads.find((o) => o.value === String(values.remindLeadMinutes ?? NO_REMINDER)) ?? leads[0],
    },
  });

  if (metadata.mode === 'create' || values.repeat)
    repeatFields({ m, repeat: values.repeat, storedRule: input.storedRule, id, field });
  if (input.asksScope) scopeField({ m, scope: values.scope, id, field });

  field('responsible', {
    type: 'input',
    block_id: id('responsible'),
    label: plain(f.responsible),
    element: {
      type: 'users_select',
      action_id: FORM_ACTIONS.responsible,
      placeholder: plain(t.responsiblePlaceholder),
      ...(values.responsibleSlackUserId ? { initial_user: values.responsibleSlackUserId } : {}),
    },
  });

  field('notes', {
    type: 'input',
    block_id: id('notes'),
    optional: true,
    label: plain(f.notes),
    element: {
      type: 'plain_text_input',
      action_id: FORM_ACTIONS.notes,
      multiline: true,
      max_length: NOTES_MAX,
      placeholder: plain(t.notesPlaceholder),
      ...(values.notes ? { initial_value: values.notes } : {}),
    },
  });

  field('private', {
    type: 'input',
    block_id: id('private'),
    optional: true,
    label: plain(f.private),
    element: checkbox(FORM_ACTIONS.private, option(t.privateOption, 'private'), values.isPrivate),
  });

  if (input.footer) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: input.footer }] });

  return {
    type: 'modal',
    callback_id: ACTIVITY_FORM,
    title: plain(metadata.mode === 'edit' ? t.editTitle : t.createTitle),
    submit: plain(t.save),
    close: plain(t.cancel),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

/** The inputs of one part of the form: each added through `field`, under its revision's block id. */
interface FormPart {
  m: Messages;
  id: (field: FormField) => string;
  field: (name: FormField, block: InputBlock) => void;
}

const CUSTOM_UNITS = ['day', 'week', 'month'] as const;

/**
 * *Repeat* and its end (product §3.6): a preset taken from the start, or *Custom* (every N
 * days, weeks on chosen weekdays, or months), and an end after N times or on a day. Choosing
 * in *Repeat* redraws the form, so the custom inputs show only for *Custom*.
 */
function repeatFields({
  m,
  repeat,
  storedRule,
  id,
  field,
}: FormPart & { repeat: FormRepeat | undefined; storedRule: string | undefined }): void {
  const r = m.recurrence.form;
  const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
  const presets = [
    ...(storedRule ? [option(r.stored(storedRule), 'stored')] : []),
    ...REPEAT_PRESETS.map((preset) => option(r.presets[preset], preset)),
  ];
  field('repeat', {
    type: 'input',
    block_id: id('repeat'),
    optional: true,
    dispatch_action: true,
    label: plain(r.label),
    element: {
      type: 'static_select',
      action_id: FORM_ACTIONS.repeat,
      options: presets,
      initial_option: presets.find((o) => o.value === (repeat?.preset ?? 'never')) ?? presets[0],
    },
  });
  // *As it is* keeps the stored rule with its end: there is nothing to fill in.
  if (repeat?.preset === 'stored') return;
  if (repeat?.preset === 'custom') customFields({ m, custom: repeat.custom, id, field });
  field('repeatCount', {
    type: 'input',
    block_id: id('repeatCount'),
    optional: true,
    label: plain(r.count),
    element: {
      type: 'number_input',
      action_id: FORM_ACTIONS.repeatCount,
      is_decimal_allowed: false,
      min_value: '1',
      max_value: String(COUNT_MAX),
      ...(repeat?.count ? { initial_value: String(repeat.count) } : {}),
    },
  });
  field('repeatUntil', {
    type: 'input',
    block_id: id('repeatUntil'),
    optional: true,
    label: plain(r.until),
    hint: plain(r.endHint),
    element: {
      type: 'datepicker',
      action_id: FORM_ACTIONS.repeatUntil,
      ...(repeat?.until ? { initial_date: repeat.until } : {}),
    },
  });
}

/**
 * The parts of a custom rule. The interval has no bounds of Slack's own, so a number out of
 * 1–99 reaches the rules and is refused in the user's language beside *Repeat*.
 */
function customFields({ m, custom, id, field }: FormPart & { custom: RepeatForm['custom'] }): void {
  const r = m.recurrence.form;
  const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
  field('repeatInterval', {
    type: 'input',
    block_id: id('repeatInterval'),
    label: plain(r.interval),
    element: {
      type: 'number_input',
      action_id: FORM_ACTIONS.repeatInterval,
      is_decimal_allowed: false,
      initial_value: String(custom?.interval ?? 1),
    },
  });
  const units = CUSTOM_UNITS.map((unit) => option(r.units[unit], unit));
  field('repeatUnit', {
    type: 'input',
    block_id: id('repeatUnit'),
    label: plain(r.unit),
    element: {
      type: 'static_select',
      action_id: FORM_ACTIONS.repeatUnit,
      options: units,
      initial_option: units.find((o) => o.value === (custom?.unit ?? 'week')) ?? units[1],
    },
  });
  const days = WEEKDAYS.map((day, i) => option(m.recurrence.weekdays[i] as string, day));
  const ticked = days.filter((o) => custom?.weekdays.some((day) => day === o.value));
  field('repeatDays', {
    type: 'input',
    block_id: id('repeatDays'),
    optional: true,
    label: plain(r.weekdays),
    hint: plain(r.weekdaysHint),
    element: {
      type: 'checkboxes',
      action_id: FORM_ACTIONS.repeatDays,
      options: days,
      ...(ticked.length > 0 ? { initial_options: ticked } : {}),
    },
  });
}

/** Editing an open occurrence: does the edit apply to *This one* (the default) or *This and following*? */
function scopeField({ m, scope, id, field }: FormPart & { scope: SeriesScope | undefined }): void {
  const r = m.recurrence.form;
  const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
  const scopes = SERIES_SCOPES.map((value) => option(r.scopes[value], value));
  field('scope', {
    type: 'input',
    block_id: id('scope'),
    label: plain(r.scope),
    hint: plain(r.scopeHint),
    element: {
      type: 'radio_buttons',
      action_id: FORM_ACTIONS.scope,
      options: scopes,
      initial_option: scopes.find((o) => o.value === (scope ?? 'this')) ?? scopes[0],
    },
  });
}
