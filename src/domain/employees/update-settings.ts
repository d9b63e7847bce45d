import { AppError } from '../app-error';
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
  /** Missing from a form drawn before working time existed: the stored value stays. */
  workStartHour?: number | null;
  workEndHour?: number | null;
  workDays?: number[];
}

const isHour = (hour: number | null | undefined, max: number): hour is number =>
  typeof hour === 'number' && Number.isInteger(hour) && hour >= 0 && hour <= max;

function checked(input: SettingsInput, current: Employee): EmployeeSettings {
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
  const workStartHour = input.workStartHour === undefined ? current.workStartHour : input.workStartHour;
  const workEndHour = input.workEndHour === undefined ? current.workEndHour : input.workEndHour;
  if (!isHour(workStartHour, 23) || !isHour(workEndHour, 24) || workEndHour <= workStartHour)
    errors.workHours = (m) => m.settings.errors.workHours;
  const workDays = [...new Set(input.workDays ?? current.workDays)].sort((a, b) => a - b);
  if (workDays.length === 0 || workDays.some((day) => !WEEKDAYS.some((weekday) => weekday === day)))
    errors.workDays = (m) => m.settings.errors.workDays;
  if (Object.keys(errors).length > 0) throw new ValidationError<SettingsField>(errors);
  return {
    locale,
    digestEnabled: input.digestEnabled,
    digestHour: hour ?? 0,
    digestDays: days,
    remindersEnabled: input.remindersEnabled,
    workStartHour: workStartHour ?? current.workStartHour,
    workEndHour: workEndHour ?? current.workEndHour,
    workDays,
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
    const current = await this.repository.findBySlackUserId(viewer.workspaceId, viewer.slackUserId);
    if (!current) throw new AppError('unknown_user', (m) => m.contacts.errors.unknownUser);
    const settings = checked(input, current);
    const saved = await this.repository.updateSettings(viewer.employeeId, settings);
    this.employees.forget(viewer.workspaceId, viewer.slackUserId);
    return saved;
  }
}
