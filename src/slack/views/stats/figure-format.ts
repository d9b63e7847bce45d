import type { Compared, ComparedDuration } from '../../../domain/stats/stats-report';
import type { Locale, Messages } from '../../../i18n';

const intlLocale = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

/** Signs are written here, not by Intl: Swedish Intl uses U+2212, which people do not type or search. */
function signed(value: number, text: string): string {
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

export function count(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value).replace(/\u2212/g, '-');
}

export function percent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}

/** "3 h 20 min", "2 d 4 h", "45 min" — rounded to what a reader can use. */
export function duration(seconds: number, m: Messages): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return m.stats.duration.minutes(minutes);
  if (minutes < 48 * 60) return m.stats.duration.hours(Math.floor(minutes / 60), minutes % 60);
  const hours = Math.round(minutes / 60);
  return m.stats.duration.days(Math.floor(hours / 24), hours % 24);
}

/** "+3, +33%": the change from the previous period, absolute and relative. */
function change(
  current: number,
  previous: number,
  { abs, m, locale }: { abs: (v: number) => string; m: Messages; locale: Locale },
) {
  const delta = current - previous;
  if (delta === 0) return m.stats.change.same;
  const absolute = signed(delta, abs(Math.abs(delta)));
  if (previous === 0) return `${absolute}, ${m.stats.change.new}`;
  return `${absolute}, ${signed(delta, percent(Math.abs(delta) / previous, locale))}`;
}

/** "12 (+3, +33%; previous 9)". */
export function comparedCount(value: Compared, m: Messages, locale: Locale): string {
  const c = (v: number) => count(v, locale);
  const diff = change(value.current, value.previous, { abs: c, m, locale });
  return `${c(value.current)} (${diff}; ${m.stats.change.previous(c(value.previous))})`;
}

/** "67% (+5 pp; previous 62%)"; rates move in percentage points. */
export function comparedRate(
  value: { current: number | null; previous: number | null },
  m: Messages,
  locale: Locale,
): string {
  const show = (v: number | null) => (v === null ? m.stats.change.none : percent(v, locale));
  if (value.current === null || value.previous === null)
    return `${show(value.current)} (${m.stats.change.previous(show(value.previous))})`;
  const points = Math.round((value.current - value.previous) * 100);
  const diff =
    points === 0 ? m.stats.change.same : m.stats.change.points(signed(points, String(Math.abs(points))));
  return `${show(value.current)} (${diff}; ${m.stats.change.previous(show(value.previous))})`;
}

/** "2 h 10 min (-20 min, -13%; previous 2 h 30 min)". */
export function comparedDuration(value: ComparedDuration, m: Messages, locale: Locale): string {
  const show = (v: number | null) => (v === null ? m.stats.change.none : duration(v, m));
  if (value.current === null || value.previous === null)
    return `${show(value.current)} (${m.stats.change.previous(show(value.previous))})`;
  const diff = change(value.current, value.previous, { abs: (v) => duration(v, m), m, locale });
  return `${show(value.current)} (${diff}; ${m.stats.change.previous(show(value.previous))})`;
}
