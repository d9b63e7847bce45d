import { TZDate } from '@date-fns/tz';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Locale } from '../../i18n';

const dateLocales = { sv, en: enGB };

export interface TimeFormatting {
  locale: Locale;
  timezone: string;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * date-fns' medium date ('PP') in both our languages, "d MMM yyyy" (en-GB) and "d MMM y" (sv),
 * written from the zoned date's own fields: date-fns' `format` of a zoned date made two more of
 * them per call, about 15 µs a date, most of drawing App Home's 45 activities.
 * test/slack/views/format.test.ts holds the output to date-fns' own.
 */
function mediumDate(zoned: TZDate, locale: Locale): string {
  if (Number.isNaN(zoned.getTime())) throw new RangeError('Invalid time value');
  const month = dateLocales[locale].localize.month(zoned.getMonth() as 0, {
    width: 'abbreviated',
    context: 'formatting',
  });
  const year = zoned.getFullYear();
  return `${zoned.getDate()} ${month} ${locale === 'en' ? String(year).padStart(4, '0') : year}`;
}

/** "28 Nov 2026 14:30" / "28 nov. 2026 14:30", in the viewer's own time zone (product §9). */
export function formatDateTime(date: Date, viewer: TimeFormatting): string {
  const zoned = new TZDate(date, viewer.timezone);
  return `${mediumDate(zoned, viewer.locale)} ${twoDigits(zoned.getHours())}:${twoDigits(zoned.getMinutes())}`;
}

/** "28 Nov 2026" / "28 nov. 2026" in the viewer's time zone. */
export function formatDate(date: Date, viewer: TimeFormatting): string {
  return mediumDate(new TZDate(date, viewer.timezone), viewer.locale);
}
