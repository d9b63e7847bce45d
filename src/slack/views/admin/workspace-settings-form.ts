import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import {
  WORK_TIME_STEP_MINUTES,
  type WorkspaceSettings,
} from '../../../domain/workspaces/workspace-settings';
import type { Messages } from '../../../i18n';
import { adminForm, option, plain } from './admin-form';
import type { AdminFormState } from './admin-metadata';
import { daysSummary } from './team-summary';
import {
  NO_HOLIDAY_COUNTRY,
  WORKSPACE_INPUTS,
  WORKSPACE_SETTINGS_ACTIONS,
  WORKSPACE_SETTINGS_CALLBACK,
} from './workspace-settings-ids';

/** "08:30" for 510 minutes after midnight; the end of the day is "24:00". */
export function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A country's name in the reader's language ("Tyskland" for a Swede), from the runtime's own data. */
export function countryName(m: Messages, code: string): string {
  try {
    return new Intl.DisplayNames([m.locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryOption(m: Messages, code: string | null): PlainTextOption {
  if (code === null) return option(m.workspace.noHolidayCountry, NO_HOLIDAY_COUNTRY);
  return option(m.workspace.country(countryName(m, code), code).slice(0, 75), code);
}

export function timeZoneOption(zone: string): PlainTextOption {
  return option(zone.slice(0, 75), zone);
}

/** "English · Europe/Stockholm · public holidays of Sweden · 08:00–17:00 Mon–Fri". */
export function settingsSummary(m: Messages, settings: WorkspaceSettings): string {
  const w = m.workspace;
  return w.summary({
    language: w.languages[settings.locale],
    timezone: settings.timezone,
    holidays: settings.holidayCountry ? w.holidaysOf(countryName(m, settings.holidayCountry)) : w.noHolidays,
    hours: `${clockText(settings.workDayStartMinute)}–${clockText(settings.workDayEndMinute)}`,
    days: daysSummary(m, settings.workDays),
  });
}

/**
 * The Workspace settings entry of the admin modal: one section with what is set and the
 * button that opens the form (the modal is close to Slack's 100 blocks; the form is its own).
 */
export function workspaceSettingsSection(m: Messages, settings: WorkspaceSettings): KnownBlock[] {
  return [
    {
      type: 'section',
      block_id: 'admin_workspace_settings',
      text: { type: 'mrkdwn', text: `*${m.workspace.heading}*\n${settingsSummary(m, settings)}` },
      accessory: {
        type: 'button',
        action_id: WORKSPACE_SETTINGS_ACTIONS.open,
        text: plain(m.workspace.open),
      },
    },
  ];
}

function timeOptions(from: number, to: number): PlainTextOption[] {
  const options: PlainTextOption[] = [];
  for (let minute = from; minute <= to; minute += WORK_TIME_STEP_MINUTES)
    options.push(option(clockText(minute), String(minute)));
  return options;
}

/**
 * The form pushed over the admin modal. Time zone and country are external selects: there
 * are hundreds of each, more than a static select may hold, and admins search by typing.
 */
export function workspaceSettingsForm(
  m: Messages,
  settings: WorkspaceSettings,
  state: AdminFormState,
): ModalView {
  const w = m.workspace;
  const languages = (['en', 'sv'] as const).map((locale) => option(w.languages[locale], locale));
  const starts = timeOptions(0, 24 * 60 - WORK_TIME_STEP_MINUTES);
  const ends = timeOptions(WORK_TIME_STEP_MINUTES, 24 * 60);
  const days = m.teams.weekdays.map((name, index) => option(name, String(index + 1)));
  const select = (options: PlainTextOption[], value: number | string) =>
    options.find((candidate) => candidate.value === String(value));
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: w.intro }] },
    {
      type: 'input',
      block_id: WORKSPACE_INPUTS.locale,
      label: plain(w.language),
      hint: plain(w.languageHint),
      element: {
        type: 'static_select',
        action_id: WORKSPACE_INPUTS.locale,
        options: languages,
        initial_option: select(languages, settings.locale),
      },
    },
    {
      type: 'input',
      block_id: WORKSPACE_INPUTS.timezone,
      label: plain(w.timezone),
      hint: plain(w.timezoneHint),
      element: {
        type: 'external_select',
        action_id: WORKSPACE_INPUTS.timezone,
        min_query_length: 0,
        initial_option: timeZoneOption(settings.timezone),
      },
    },
    {
      type: 'input',
      block_id: WORKSPACE_INPUTS.holidayCountry,
      label: plain(w.holidayCountry),
      hint: plain(w.holidayCountryHint),
      element: {
        type: 'external_select',
        action_id: WORKSPACE_INPUTS.holidayCountry,
        min_query_length: 0,
        initial_option: countryOption(m, settings.holidayCountry),
      },
    },
    {
      type: 'input',
      block_id: WORKSPACE_INPUTS.workDayStartMinute,
      label: plain(w.workDayStart),
      hint: plain(w.workHoursHint),
      element: {
        type: 'static_select',
        action_id: WORKSPACE_INPUTS.workDayStartMinute,
        options: starts,
        initial_option: select(starts, settings.workDayStartMinute),
      },
    },
    {
      type: 'input',
      block_id: WORKSPACE_INPUTS.workDayEndMinute,
      label: plain(w.workDayEnd),
      element: {
        type: 'static_select',
        action_id: WORKSPACE_INPUTS.workDayEndMinute,
        options: ends,
        initial_option: select(ends, settings.workDayEndMinute),
      },
    },
    {
      type: 'input',
      block_id: WORKSPACE_INPUTS.workDays,
      // Optional for Slack, so an empty choice reaches us and is refused in the admin's language.
      optional: true,
      label: plain(w.workDays),
      hint: plain(w.workDaysHint),
      element: {
        type: 'checkboxes',
        action_id: WORKSPACE_INPUTS.workDays,
        options: days,
        ...(settings.workDays.length > 0
          ? { initial_options: days.filter((day) => settings.workDays.includes(Number(day.value))) }
          : {}),
      },
    },
  ];
  return adminForm(m, {
    callbackId: WORKSPACE_SETTINGS_CALLBACK,
    title: w.title,
    submit: w.save,
    close: w.cancel,
    state,
    blocks,
  });
}
