import { isLocale, type Locale } from '../../i18n';
import { isHolidayCountry } from '../calendar/holidays';
import { isIanaTimeZone } from '../calendar/time-zones';
import { type FieldMessages, ValidationError } from '../validation-error';
import type { Workspace } from './workspace';

/**
 * What an admin sets for the whole workspace in `/activity admin` → Workspace settings.
 * The environment (DEFAULT_LOCALE, DEFAULT_TIMEZONE, HOLIDAY_COUNTRY) only seeds a new
 * workspace; from then on these are the workspace's own.
 */
export interface WorkspaceSettings {
  /** Team digests in channels, and people whose language Slack does not tell. */
  locale: Locale;
  /** Team digests' hour; people whose Slack profile has no time zone. */
  timezone: string;
  /** Whose public holidays carry no digests and are no working days; null: none. */
  holidayCountry: string | null;
  /** The working day, minutes after local midnight (quiet hours build on it). */
  workDayStartMinute: number;
  workDayEndMinute: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday), ascending. */
  workDays: number[];
}

export type WorkspaceSettingsField = keyof WorkspaceSettings;

/** What the form hands in: anything may be missing or malformed. */
export interface WorkspaceSettingsInput {
  locale: string | null;
  timezone: string | null;
  holidayCountry: string | null;
  workDayStartMinute: number | null;
  workDayEndMinute: number | null;
  workDays: number[];
}

/** Working hours are chosen in half hours. */
export const WORK_TIME_STEP_MINUTES = 30;
const DAY_MINUTES = 24 * 60;

export function settingsOf(workspace: Workspace): WorkspaceSettings {
  return {
    locale: workspace.defaultLocale === 'sv' ? 'sv' : 'en',
    timezone: workspace.defaultTimezone,
    holidayCountry: workspace.holidayCountry,
    workDayStartMinute: workspace.workDayStartMinute,
    workDayEndMinute: workspace.workDayEndMinute,
    workDays: [...workspace.workDays].sort((a, b) => a - b),
  };
}

/** The hour new employees' daily digest starts at: the start of the working day. */
export function defaultDigestHour(settings: Pick<WorkspaceSettings, 'workDayStartMinute'>): number {
  return Math.floor(settings.workDayStartMinute / 60);
}

function isWorkTime(minute: number | null, min: number, max: number): minute is number {
  return (
    minute !== null &&
    Number.isInteger(minute) &&
    minute >= min &&
    minute <= max &&
    minute % WORK_TIME_STEP_MINUTES === 0
  );
}

/** Every field checked at once; ValidationError with a message per field otherwise. */
export function checkWorkspaceSettings(input: WorkspaceSettingsInput): WorkspaceSettings {
  const errors: FieldMessages<WorkspaceSettingsField> = {};
  if (!isLocale(input.locale)) errors.locale = (m) => m.workspace.errors.locale;
  const timezone = input.timezone?.trim() ?? '';
  if (!isIanaTimeZone(timezone)) errors.timezone = (m) => m.workspace.errors.timezone;
  const country = input.holidayCountry?.trim().toUpperCase() || null;
  if (country !== null && !isHolidayCountry(country))
    errors.holidayCountry = (m) => m.workspace.errors.holidayCountry;
  const start = input.workDayStartMinute;
  const end = input.workDayEndMinute;
  if (!isWorkTime(start, 0, DAY_MINUTES - WORK_TIME_STEP_MINUTES))
    errors.workDayStartMinute = (m) => m.workspace.errors.workTime;
  if (!isWorkTime(end, WORK_TIME_STEP_MINUTES, DAY_MINUTES))
    errors.workDayEndMinute = (m) => m.workspace.errors.workTime;
  else if (isWorkTime(start, 0, DAY_MINUTES) && end <= start)
    errors.workDayEndMinute = (m) => m.workspace.errors.workDayEnd;
  const days = [...new Set(input.workDays)].sort((a, b) => a - b);
  if (days.length === 0 || days.some((day) => !Number.isInteger(day) || day < 1 || day > 7))
    errors.workDays = (m) => m.workspace.errors.workDays;
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return {
    locale: input.locale as Locale,
    timezone,
    holidayCountry: country,
    workDayStartMinute: start as number,
    workDayEndMinute: end as number,
    workDays: days,
  };
}

/** The fields whose values differ, in a stable order. */
export function changedSettings(
  before: WorkspaceSettings,
  after: WorkspaceSettings,
): WorkspaceSettingsField[] {
  const fields: WorkspaceSettingsField[] = [
    'locale',
    'timezone',
    'holidayCountry',
    'workDayStartMinute',
    'workDayEndMinute',
    'workDays',
  ];
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
