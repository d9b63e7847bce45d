import { type FieldMessages, ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import type { Employee } from './employee';
import type { Employees } from './employee-ports';
import type { EmployeeService } from './employee-service';
import { type EmployeeSettings, type SettingsField, WEEKDAYS } from './employee-settings';

/** What the form may send; anything may be missing or wrong and is checked here. */
export interface SettingsInput {
  locale: string | null;
  digestEnabled: boolean;
  digestHour: number | null;
  digestDays: number[];
  remindersEnabled: boolean;
}

function checked(input: SettingsInput): EmployeeSettings {
  const errors: FieldMessages<SettingsField> = {};
  const locale = input.locale === 'sv' || input.locale === 'en' ? input.locale : null;
  if (input.locale !== null && locale === null) errors.locale = (m) => m.settings.errors.locale;
  const hour = input.digestHour;
  if (hour === null || !Number.isInteger(hour) || hour < 0 || hour > 23)
    errors.digestHour = (m) => m.settings.errors.hour;
  const days = [...new Set(input.digestDays)].sort((a, b) => a - b);
  if (days.some((day) => !WEEKDAYS.some((weekday) => weekday === day)))
    errors.digestDays = (m) => m.settings.errors.days;
  else if (input.digestEnabled && days.length === 0) errors.digestDays = (m) => m.settings.errors.noDays;
  if (Object.keys(errors).length > 0) throw new ValidationError<SettingsField>(errors);
  return {
    locale,
    digestEnabled: input.digestEnabled,
    digestHour: hour ?? 0,
    digestDays: days,
    remindersEnabled: input.remindersEnabled,
  };
}

/**
 * Saves a user's own settings (product §9, 5.2). Nothing is written when a field is
 * wrong; once saved, the remembered employee is dropped so the next answer is
 * already in the chosen language.
 */
export class UpdateSettings {
  constructor(
    private readonly repository: Employees,
    private readonly employees: EmployeeService,
  ) {}

  async execute(viewer: Viewer, input: SettingsInput): Promise<Employee> {
    const settings = checked(input);
    const saved = await this.repository.updateSettings(viewer.employeeId, settings);
    this.employees.forget(viewer.workspaceId, viewer.slackUserId);
    return saved;
  }
}
