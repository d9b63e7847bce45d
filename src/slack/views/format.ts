import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Locale } from '../../i18n';

const dateLocales = { sv, en: enGB };

export interface TimeFormatting {
  locale: Locale;
  timezone: string;
}

/** "28 Nov 2026 14:30" / "28 nov. 2026 14:30", in the viewer's own time zone (product §9). */
export function formatDateTime(date: Date, viewer: TimeFormatting): string {
  return format(new TZDate(date, viewer.timezone), 'PP HH:mm', { locale: dateLocales[viewer.locale] });
}

/** "28 Nov 2026" / "28 nov. 2026" in the viewer's time zone. */
export function formatDate(date: Date, viewer: TimeFormatting): string {
  return format(new TZDate(date, viewer.timezone), 'PP', { locale: dateLocales[viewer.locale] });
}
