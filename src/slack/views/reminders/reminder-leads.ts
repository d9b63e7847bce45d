import type { PlainTextOption } from '@slack/types';
import { REMINDER_LEADS } from '../../../domain/reminders/reminder-rules';
import type { Messages } from '../../../i18n';

/** The option value of "No reminder" (the others are minutes). */
export const NO_REMINDER = 'none';

/** "15 minutes before", "At the start", "No reminder" in the reader's language. */
export function leadLabel(m: Messages, minutes: number | null): string {
  if (minutes === null) return m.reminders.leadNone;
  if (minutes === 0) return m.reminders.leadAtStart;
  return m.reminders.leadBefore(minutes);
}

/** The *Remind me* choices, "No reminder" first. */
export function leadOptions(m: Messages): PlainTextOption[] {
  return [null, ...REMINDER_LEADS].map((minutes) => ({
    text: { type: 'plain_text', text: leadLabel(m, minutes), emoji: true },
    value: minutes === null ? NO_REMINDER : String(minutes),
  }));
}

/** A chosen option's value as minutes; null for "No reminder" or nothing; -1 (refused by the rules) for anything else. */
export function leadOfOption(value: string | undefined | null): number | null {
  if (value === undefined || value === null || value === NO_REMINDER) return null;
  return /^\d{1,5}$/.test(value) ? Number(value) : -1;
}
