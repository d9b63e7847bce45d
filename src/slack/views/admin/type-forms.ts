import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import type { ActivityType } from '../../../domain/activity-types/activity-type';
import {
  DEFAULT_SUBJECT_MAX,
  DUE_DAYS_MAX,
  NAME_MAX,
} from '../../../domain/activity-types/activity-type-rules';
import { type TypeNames, typeNameIn, typeNames } from '../../../domain/activity-types/type-names';
import { DURATION_MAX, DURATION_MIN } from '../../../domain/reminders/reminder-rules';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import { leadOptions, NO_REMINDER } from '../reminders/reminder-leads';
import { adminForm } from './admin-form';
import { ADMIN_CALLBACKS, NO_FOLLOW_UP, TYPE_INPUTS } from './admin-ids';
import type { ItemFormState } from './admin-metadata';

export type TypeFormState = ItemFormState<'typeId'>;

// A static_select offers at most 100 options; one of them is "No follow-up".
const FOLLOW_UP_OPTIONS_MAX = 99;
const OPTION_TEXT_MAX = 75;

const NAME_INPUT: Record<keyof TypeNames, (typeof TYPE_INPUTS)['nameEn' | 'nameSv']> = {
  en: TYPE_INPUTS.nameEn,
  sv: TYPE_INPUTS.nameSv,
};

/** The name input of the viewer's own language, which the forms put first. */
export function nameInputOf(m: Messages): (typeof TYPE_INPUTS)['nameEn' | 'nameSv'] {
  return NAME_INPUT[m.locale];
}

/** Both names, each required; the viewer's own language first. */
function nameInputs(m: Messages, initial?: TypeNames): InputBlock[] {
  const t = m.admin.types;
  const languages = m.locale === 'sv' ? (['sv', 'en'] as const) : (['en', 'sv'] as const);
  return languages.map((language) => ({
    type: 'input',
    block_id: NAME_INPUT[language],
    label: { type: 'plain_text', text: t.nameIn[language] },
    hint: { type: 'plain_text', text: t.nameHint },
    element: {
      type: 'plain_text_input',
      action_id: NAME_INPUT[language],
      max_length: NAME_MAX,
      ...(initial === undefined ? {} : { initial_value: initial[language] }),
    },
  }));
}

export function addTypeForm(m: Messages, state: TypeFormState): ModalView {
  return adminForm(m, {
    callbackId: ADMIN_CALLBACKS.addType,
    title: m.admin.types.addTitle,
    submit: m.admin.save,
    state,
    blocks: nameInputs(m),
  });
}

/** Name and place in the list of one type; `count` is how many types there are in all. */
export function renameTypeForm(
  m: Messages,
  {
    type,
    position,
    count,
    state,
  }: { type: ActivityType; position: number; count: number; state: TypeFormState },
): ModalView {
  const t = m.admin.types;
  return adminForm(m, {
    callbackId: ADMIN_CALLBACKS.renameType,
    title: t.renameTitle,
    submit: m.admin.save,
    state,
    blocks: [
      ...nameInputs(m, typeNames(type)),
      {
        type: 'input',
        block_id: TYPE_INPUTS.position,
        label: { type: 'plain_text', text: t.position },
        hint: { type: 'plain_text', text: t.positionHint(count) },
        element: {
          type: 'number_input',
          action_id: TYPE_INPUTS.position,
          is_decimal_allowed: false,
          min_value: '1',
          max_value: String(count),
          initial_value: String(position),
        },
      },
    ],
  });
}

export function typeDefaultsForm(
  m: Messages,
  { type, all, state }: { type: ActivityType; all: ActivityType[]; state: TypeFormState },
): ModalView {
  const t = m.admin.types;
  const none: PlainTextOption = { text: { type: 'plain_text', text: t.noFollowUp }, value: NO_FOLLOW_UP };
  const choices = all
    .filter((other) => !other.archived)
    .slice(0, FOLLOW_UP_OPTIONS_MAX)
    .map(
      (other): PlainTextOption => ({
        text: { type: 'plain_text', text: typeNameIn(other, m.locale).slice(0, OPTION_TEXT_MAX) },
        value: String(other.id),
      }),
    );
  const current = choices.find((option) => option.value === String(type.followUpTypeId)) ?? none;
  const leads = leadOptions(m);
  const lead = leads.find((o) => o.value === String(type.reminderLeadMinutes ?? NO_REMINDER)) ?? leads[0];
  const ask: PlainTextOption = {
    text: { type: 'plain_text', text: m.reminders.admin.askOutcomeOption },
    value: 'ask',
  };
  return adminForm(m, {
    callbackId: ADMIN_CALLBACKS.typeDefaults,
    title: t.defaultsTitle,
    submit: m.admin.save,
    state,
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: t.defaultsFor(escapeMrkdwn(typeNameIn(type, m.locale))) },
      },
      {
        type: 'input',
        block_id: TYPE_INPUTS.defaultSubject,
        optional: true,
        label: { type: 'plain_text', text: t.defaultSubject },
        element: {
          type: 'plain_text_input',
          action_id: TYPE_INPUTS.defaultSubject,
          max_length: DEFAULT_SUBJECT_MAX,
          ...(type.defaultSubject ? { initial_value: type.defaultSubject } : {}),
        },
      },
      {
        type: 'input',
        block_id: TYPE_INPUTS.defaultDueDays,
        optional: true,
        label: { type: 'plain_text', text: t.dueDays },
        hint: { type: 'plain_text', text: t.dueDaysHint },
        element: {
          type: 'number_input',
          action_id: TYPE_INPUTS.defaultDueDays,
          is_decimal_allowed: false,
          min_value: '0',
          max_value: String(DUE_DAYS_MAX),
          ...(type.defaultDueDays === null ? {} : { initial_value: String(type.defaultDueDays) }),
        },
      },
      {
        type: 'input',
        block_id: TYPE_INPUTS.followUpTypeId,
        optional: true,
        label: { type: 'plain_text', text: t.followUpType },
        hint: { type: 'plain_text', text: t.followUpHint },
        element: {
          type: 'static_select',
          action_id: TYPE_INPUTS.followUpTypeId,
          options: [none, ...choices],
          initial_option: current,
        },
      },
      {
        type: 'input',
        block_id: TYPE_INPUTS.reminderLeadMinutes,
        optional: true,
        label: { type: 'plain_text', text: m.reminders.admin.lead },
        hint: { type: 'plain_text', text: m.reminders.admin.leadHint },
        element: {
          type: 'static_select',
          action_id: TYPE_INPUTS.reminderLeadMinutes,
          options: leads,
          initial_option: lead,
        },
      },
      {
        type: 'input',
        block_id: TYPE_INPUTS.askOutcome,
        optional: true,
        label: { type: 'plain_text', text: m.reminders.admin.askOutcome },
        element: {
          type: 'checkboxes',
          action_id: TYPE_INPUTS.askOutcome,
          options: [ask],
          ...(type.askOutcome ? { initial_options: [ask] } : {}),
        },
      },
      {
        type: 'input',
        block_id: TYPE_INPUTS.defaultDurationMinutes,
        label: { type: 'plain_text', text: m.reminders.admin.duration },
        hint: { type: 'plain_text', text: m.reminders.admin.durationHint },
        element: {
          type: 'number_input',
          action_id: TYPE_INPUTS.defaultDurationMinutes,
          is_decimal_allowed: false,
          min_value: String(DURATION_MIN),
          max_value: String(DURATION_MAX),
          initial_value: String(type.defaultDurationMinutes),
        },
      },
    ],
  });
}
