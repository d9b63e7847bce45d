import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { StatsPeriod } from '../../../domain/stats/stats-period';
import type { Locale, Messages } from '../../../i18n';

const dateLocales = { sv, en: enGB };

/** A local calendar day `yyyy-MM-dd` as a Date at local midnight, for formatting only. */
function day(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** How a period reads: "March 2026" / "mars 2026", "week 10 2026", "Q1 2026", "1 Mar 2026 – 15 Mar 2026". */
export function periodLabel(
  unit: StatsPeriod['unit'],
  span: { firstDay: string; lastDay: string },
  { m, locale }: { m: Messages; locale: Locale },
): string {
  const first = day(span.firstDay);
  const options = { locale: dateLocales[locale] };
  switch (unit) {
    case 'day':
      return format(first, 'PP', options);
    case 'week':
      return m.stats.period.week(getISOWeek(first), getISOWeekYear(first));
    case 'month':
      return format(first, 'LLLL yyyy', options);
    case 'quarter':
      return m.stats.period.quarter(Math.floor(first.getMonth() / 3) + 1, first.getFullYear());
    case 'year':
      return String(first.getFullYear());
    case 'range':
      return span.firstDay === span.lastDay
        ? format(first, 'PP', options)
        : `${format(first, 'PP', options)} – ${format(day(span.lastDay), 'PP', options)}`;
  }
}

/** The label of one chart bar: its day, or the Monday its week starts on. */
export function bucketLabel(key: string, locale: Locale): string {
  return format(day(key), 'd MMM', { locale: dateLocales[locale] });
}
