/** What a handler answers; the route writes it (and stores it for idempotent retries). */
export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** What the answer shows, so a stored copy is deleted with it (erasure, retention). Not sent. */
  about?: { activityId?: number; personId?: number };
}
