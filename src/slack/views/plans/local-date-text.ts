import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Locale } from '../../../i18n';

/** A calendar date (YYYY-MM-DD) in the reader's language: "Mon 28 Dec 2026" / "mån 28 dec. 2026". */
export function localDateText(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return format(new TZDate(year, month - 1, day, 12, 'UTC'), 'EEE PP', {
    locale: locale === 'sv' ? sv : enGB,
  });
}
