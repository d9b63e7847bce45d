import type { ActivityRecord } from '../activities/activity-record';

/**
 * What an edit or a delete of an occurrence applies to (product §3.6): *This one* only, or
 * *This and following* (the series' template and rule from this occurrence on).
 */
export const SERIES_SCOPES = ['this', 'following'] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

/**
 * Whether a change to this activity asks *This one* or *This and following*: it is the open
 * occurrence of a series that still repeats. A done occurrence was left behind by its series.
 */
export function asksSeriesScope(record: ActivityRecord): boolean {
  return (
    record.seriesId !== null && record.recurrence !== null && record.status !== 'DONE' && !record.deletedAt
  );
}
