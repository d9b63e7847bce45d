import { z } from 'zod';
import type { SettingsInput } from '../../../domain/employees/update-settings';
import { AUTO_LOCALE, SETTINGS_BLOCKS } from '../../views/settings/settings-modal';

const option = z.object({ value: z.string() });
const element = z
  .object({ selected_option: option.nullable(), selected_options: z.array(option).nullable() })
  .partial();
type Values = Record<string, Record<string, unknown>>;

function stateOf(values: Values, id: string) {
  const parsed = element.safeParse(values[id]?.[id]);
  return parsed.success ? parsed.data : {};
}

const number = (value: string | undefined) =>
  value !== undefined && /^\d{1,2}$/.test(value) ? Number(value) : null;

/** The submitted Settings form as the rules take it; the rules judge every value. */
export function readSettingsForm(values: Values): SettingsInput {
  const locale = stateOf(values, SETTINGS_BLOCKS.locale).selected_option?.value ?? AUTO_LOCALE;
  const digest = stateOf(values, SETTINGS_BLOCKS.digestEnabled).selected_option?.value;
  const hour = stateOf(values, SETTINGS_BLOCKS.digestHour).selected_option?.value;
  const days = stateOf(values, SETTINGS_BLOCKS.digestDays).selected_options ?? [];
  // A form drawn before reminders existed has no such input: reminders stay on.
  const reminders = stateOf(values, SETTINGS_BLOCKS.remindersEnabled).selected_option?.value;
  // A form drawn before working time existed has no such inputs: the stored values stay.
  const has = (id: string) => values[id] !== undefined;
  const workStart = stateOf(values, SETTINGS_BLOCKS.workStartHour).selected_option?.value;
  const workEnd = stateOf(values, SETTINGS_BLOCKS.workEndHour).selected_option?.value;
  const workDays = stateOf(values, SETTINGS_BLOCKS.workDays).selected_options ?? [];
  return {
    ...(has(SETTINGS_BLOCKS.workStartHour) ? { workStartHour: number(workStart) } : {}),
    ...(has(SETTINGS_BLOCKS.workEndHour) ? { workEndHour: number(workEnd) } : {}),
    ...(has(SETTINGS_BLOCKS.workDays) ? { workDays: workDays.map((day) => number(day.value) ?? 0) } : {}),
    locale: locale === AUTO_LOCALE ? null : locale,
    digestEnabled: digest === 'on',
    digestHour: number(hour),
    digestDays: days.map((day) => number(day.value) ?? 0),
    remindersEnabled: reminders !== 'off',
  };
}
