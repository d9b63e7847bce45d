import type { Locale } from '../../i18n';

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** What a user chooses in Settings. `locale` null: follow Slack's language. */
export interface EmployeeSettings {
  locale: Locale | null;
  digestEnabled: boolean;
  digestHour: number;
  digestDays: number[];
  remindersEnabled: boolean;
  /** Working time (product §5.6): nothing but a digest reaches the user outside it. */
  workStartHour: number;
  workEndHour: number;
  workDays: number[];
}

export type SettingsField =
  | 'locale'
  | 'digestEnabled'
  | 'digestHour'
  | 'digestDays'
  | 'remindersEnabled'
  | 'workHours'
  | 'workDays';
