import { isStorableDate } from '../../domain/storable-values';
import { ApiProblem } from '../problem';

/** Where a sync stands, opaque to clients. */
export type ApiCursor =
  /** After this change marker (the writing transaction's id) and activity id, in commit order. */
  | { kind: 'change'; changeId: bigint; id: number }
  /** A cursor of the earlier (updatedAt, id) kind, still honoured: it goes on from that time. */
  | { kind: 'time'; updatedAt: Date };

const BIGINT_MAX = 2n ** 63n - 1n;
/** Past every activity id: "everything with this change marker is behind us". */
export const LAST_ID = 2_147_483_647;

export function encodeApiCursor(position: { changeId: bigint; id: number }): string {
  return Buffer.from(`c:${position.changeId}:${position.id}`).toString('base64url');
}

/** Null for anything that is not a cursor we made (the client gets a 422, not a silent restart). */
export function decodeApiCursor(cursor: string): ApiCursor | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const change = /^c:(\d{1,19}):(\d{1,10})$/.exec(text);
  if (change) {
    const changeId = BigInt(change[1] as string);
    const id = Number(change[2]);
    return changeId <= BIGINT_MAX && id <= LAST_ID ? { kind: 'change', changeId, id } : null;
  }
  const time = /^u:(\d{1,15}):(\d{1,10})$/.exec(text);
  if (!time) return null;
  const updatedAt = new Date(Number(time[1]));
  return isStorableDate(updatedAt) && Number(time[2]) <= LAST_ID ? { kind: 'time', updatedAt } : null;
}

/** A cursor we did not make: the client gets a 422, not a silent restart. */
export function invalidCursor(): ApiProblem {
  return new ApiProblem(422, (m) => ({
    type: 'validation',
    title: m.api.problems.validationTitle,
    errors: [{ path: 'query.cursor', message: m.api.problems.cursorInvalid }],
  }));
}

/**
 * The cursors of a feed page: `nextCursor` after its last change while there is
 * more; once caught up, `resumeCursor` just below the horizon (every change below
 * it was considered), so later reads start there.
 */
export function feedCursors(
  page: { changeId: bigint; id: number }[],
  {
    more,
    horizon,
    after,
  }: { more: boolean; horizon: bigint; after: { changeId: bigint; id: number } | undefined },
): { nextCursor: string | null; resumeCursor: string } {
  const last = page.at(-1);
  if (more && last) {
    const next = encodeApiCursor(last);
    return { nextCursor: next, resumeCursor: next };
  }
  const caughtUp = after && after.changeId >= horizon - 1n ? after : { changeId: horizon - 1n, id: LAST_ID };
  return { nextCursor: null, resumeCursor: encodeApiCursor(caughtUp) };
}

/** One page of a change feed, with where to go on from. */
export interface FeedPage<Item> {
  items: Item[];
  nextCursor: string | null;
  resumeCursor: string;
}

/**
 * Where a feed read starts: after the cursor's change, from its time (a cursor of
 * the earlier kind), or from `updatedSince` when there is no cursor. A cursor we did
 * not make → 422.
 */
export function feedStart(query: { cursor?: string; updatedSince?: string }): {
  after: { changeId: bigint; id: number } | undefined;
  updatedSince: Date | undefined;
} {
  const cursor = query.cursor === undefined ? undefined : decodeApiCursor(query.cursor);
  if (cursor === null) throw invalidCursor();
  if (cursor)
    return cursor.kind === 'change'
      ? { after: cursor, updatedSince: undefined }
      : { after: undefined, updatedSince: cursor.updatedAt };
  return { after: undefined, updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined };
}
