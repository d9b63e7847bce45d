/**
 * What an edit or a delete of an occurrence applies to (product §3.6): *This one* only, or
 * *This and following* (the series' template and rule from this occurrence on).
 */
export const SERIES_SCOPES = ['this', 'following'] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];
