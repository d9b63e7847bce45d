import { tzOffset } from '@date-fns/tz';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Locale } from '../../i18n';

const dateLocales = { sv, en: enGB };

export interface TimeFormatting {
  locale: Locale;
  timezone: string;
}

const MINUTE_MS = 60_000;
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * The wall-clock time in `timezone` at `date`, as a Date whose UTC fields read it: one look-up
 * of the zone's offset at that moment, where a zoned date (TZDate) made several.
 */
function wallClock(date: Date, timezone: string): Date {
  const wall = new Date(date.getTime() + tzOffset(timezone, date) * MINUTE_MS);
  if (Number.isNaN(wall.getTime())) throw new RangeError('Invalid time value');
  return wall;
}

/**
 * date-fns' medium date ('PP') in both our languages, "d MMM yyyy" (en-GB) and "d MMM y" (sv),
 * written from the wall clock's fields: date-fns' `format` of a zoned date made several more
 * zoned dates per call, about 15 µs a date, most of drawing App Home's 45 activities.
 * test/slack/views/format.test.ts holds the output to date-fns' own.
 */
function mediumDate(wall: Date, locale: Locale): string {
  const month = dateLocales[locale].localize.month(wall.getUTCMonth() as 0, {
    width: 'abbreviated',
    context: 'formatting',
  });
  const year = wall.getUTCFullYear();
  return `${wall.getUTCDate()} ${month} ${locale === 'en' ? String(year).padStart(4, '0') : year}`;
}

/** "28 Nov 2026 14:30" / "28 nov. 2026 14:30", in the viewer's own time zone (product §9). */
export function formatDateTime(date: Date, viewer: TimeFormatting): string {
  const wall = wallClock(date, viewer.timezone);
  return `${mediumDate(wall, viewer.locale)} ${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}`;
}

/** "28 Nov 2026" / "28 nov. 2026" in the viewer's time zone. */
export function formatDate(date: Date, viewer: TimeFormatting): string {
  return mediumDate(wallClock(date, viewer.timezone), viewer.locale);
}
