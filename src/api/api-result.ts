/** What a handler answers; the route writes it (and stores it for idempotent retries). */
export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** What the answer shows, so a stored copy is deleted with it (erasure, retention). Not sent. */
  about?: { activityId?: number; personId?: number };
}

/** 200 with `body`. */
export function ok(body: unknown): ApiResult {
  return { status: 200, body };
}

/** An upsert's answer: 201 with the value when it was created, else 200. */
export function upserted<T>(
  { created, value }: { created: boolean; value: T },
  toJson: (value: T) => unknown,
): ApiResult {
  return { status: created ? 201 : 200, body: toJson(value) };
}

/** 200 with one page of a change feed, each item as `toJson` writes it. */
export function feedAnswer<T>(
  page: { items: T[]; nextCursor: string | null; resumeCursor: string },
  toJson: (item: T) => unknown,
): ApiResult {
  return {
    status: 200,
    body: { items: page.items.map(toJson), nextCursor: page.nextCursor, resumeCursor: page.resumeCursor },
  };
}
