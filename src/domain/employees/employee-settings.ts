import type { Locale } from '../../i18n';

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * What a user chooses in Settings; all but `locale` are columns of the employee
 * (`Employee` extends these), the language is stored as `preferredLocale`.
 */
export interface EmployeeSettings {
  /** null: follow Slack's language. */
  locale: Locale | null;
  digestEnabled: boolean;
  digestHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  digestDays: number[];
  /** Reminders before their activities (product §5.4). */
  remindersEnabled: boolean;
  /**
   * Working time (product §5.6): from this hour to `workEndHour` (exclusive, 24 = midnight),
   * on `workDays`, holidays off. Nothing but a digest reaches the user outside it.
   */
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
