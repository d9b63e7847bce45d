import type { Bucket } from './stats-period';

const DAY_MS = 24 * 60 * 60 * 1000;

function toKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Every bucket of a period, in order, as the database names them: each local day
 * from the first to the last, or the Monday of each week they touch. Calendar
 * arithmetic on plain dates, so daylight saving time cannot skip or repeat one.
 */
export function chartBuckets(firstDay: string, lastDay: string, bucket: Bucket): string[] {
  let ms = Date.parse(`${firstDay}T00:00:00Z`);
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  if (bucket === 'week') {
    const isoWeekday = (new Date(ms).getUTCDay() + 6) % 7;
    ms -= isoWeekday * DAY_MS;
  }
  const step = bucket === 'week' ? 7 * DAY_MS : DAY_MS;
  const keys: string[] = [];
  for (; ms <= last; ms += step) keys.push(toKey(ms));
  return keys;
}
