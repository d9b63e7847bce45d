import { isStorableDate } from '../../domain/storable-values';

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
