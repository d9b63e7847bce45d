import { en, type Messages } from './en';
import { sv } from './sv';

export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];
export type { Messages };

const dictionaries: Record<Locale, Messages> = { sv, en };

export function messages(locale: Locale): Messages {
  return dictionaries[locale];
}

export function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

/**
 * product §9: the user's own choice in Settings wins; otherwise Slack's locale
 * (sv-SE and other sv-* → Swedish, anything else → English); the workspace
 * default when Slack told us nothing.
 */
export function resolveLocale(input: {
  preferred?: string | null;
  slackLocale?: string | null;
  workspaceDefault: Locale;
}): Locale {
  if (isLocale(input.preferred)) return input.preferred;
  if (input.slackLocale) return input.slackLocale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
  return input.workspaceDefault;
}
