import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { EmployeeSettings } from '../../../domain/employees/employee-settings';
import { WEEKDAYS } from '../../../domain/employees/employee-settings';
import type { Messages } from '../../../i18n';

export const SETTINGS_FORM = 'settings_form';
export const SETTINGS_OPEN = 'settings_open';

/** Block ids of the inputs; action ids are the same words. */
export const SETTINGS_BLOCKS = {
  locale: 'settings_locale',
  digestEnabled: 'settings_digest',
  digestHour: 'settings_hour',
  digestDays: 'settings_days',
  remindersEnabled: 'settings_reminders',
  workStartHour: 'settings_work_start',
  workEndHour: 'settings_work_end',
  workDays: 'settings_work_days',
} as const;

export const AUTO_LOCALE = 'auto';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value });
const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** The Settings modal, filled with the user's current settings, in their language. */
export function settingsModal(m: Messages, current: EmployeeSettings): ModalView {
  const s = m.settings;
  const languages = [
    option(s.languageAuto, AUTO_LOCALE),
    option(s.languageSv, 'sv'),
    option(s.languageEn, 'en'),
  ];
  const digest = [option(s.digestOn, 'on'), option(s.digestOff, 'off')];
  const reminders = [option(s.remindersOn, 'on'), option(s.remindersOff, 'off')];
  const hours = Array.from({ length: 24 }, (_, hour) => option(hourText(hour), String(hour)));
  const days = WEEKDAYS.map((day) => option(s.weekdays[day - 1] ?? String(day), String(day)));
  const chosenDays = days.filter((day) => current.digestDays.includes(Number(day.value)));
  const workDays = days.filter((day) => current.workDays.includes(Number(day.value)));
  const ends = Array.from({ length: 24 }, (_, hour) => option(hourText(hour + 1), String(hour + 1)));
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.locale,
      label: plain(s.language),
      element: {
        type: 'static_select',
        action_id: SETTINGS_BLOCKS.locale,
        options: languages,
        initial_option: languages.find((o) => o.value === (current.locale ?? AUTO_LOCALE)),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.digestEnabled,
      label: plain(s.digest),
      element: {
        type: 'radio_buttons',
        action_id: SETTINGS_BLOCKS.digestEnabled,
        options: digest,
        initial_option: current.digestEnabled ? digest[0] : digest[1],
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.digestHour,
      label: plain(s.digestHour),
      hint: plain(s.digestHourHint),
      element: {
        type: 'static_select',
        action_id: SETTINGS_BLOCKS.digestHour,
        options: hours,
        initial_option: hours.find((o) => o.value === String(current.digestHour)),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.digestDays,
      optional: true,
      label: plain(s.digestDays),
      element: {
        type: 'checkboxes',
        action_id: SETTINGS_BLOCKS.digestDays,
        options: days,
        ...(chosenDays.length > 0 ? { initial_options: chosenDays } : {}),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.remindersEnabled,
      label: plain(s.reminders),
      hint: plain(s.remindersHint),
      element: {
        type: 'radio_buttons',
        action_id: SETTINGS_BLOCKS.remindersEnabled,
        options: reminders,
        initial_option: current.remindersEnabled ? reminders[0] : reminders[1],
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.workStartHour,
      label: plain(s.workStart),
      element: {
        type: 'static_select',
        action_id: SETTINGS_BLOCKS.workStartHour,
        options: hours,
        initial_option: hours.find((o) => o.value === String(current.workStartHour)),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.workEndHour,
      label: plain(s.workEnd),
      hint: plain(s.workHoursHint),
      element: {
        type: 'static_select',
        action_id: SETTINGS_BLOCKS.workEndHour,
        options: ends,
        initial_option: ends.find((o) => o.value === String(current.workEndHour)),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.workDays,
      label: plain(s.workDays),
      hint: plain(s.workDaysHint),
      element: {
        type: 'checkboxes',
        action_id: SETTINGS_BLOCKS.workDays,
        options: days,
        ...(workDays.length > 0 ? { initial_options: workDays } : {}),
      },
    },
  ];
  return {
    type: 'modal',
    callback_id: SETTINGS_FORM,
    title: plain(s.title),
    submit: plain(s.save),
    close: plain(s.cancel),
    blocks,
  };
}

/** What the modal becomes once saved: a confirmation in the language just chosen. */
export function settingsSavedModal(m: Messages): ModalView {
  return {
    type: 'modal',
    callback_id: `${SETTINGS_FORM}_saved`,
    title: plain(m.settings.title),
    close: plain(m.settings.close),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: m.settings.saved } }],
  };
}
