import { isStorableDate } from '../../domain/storable-values';

/** Keyset position in the API's (updatedAt, id) order, opaque to clients. */
export interface ApiCursor {
  updatedAt: Date;
  id: number;
}

/** Ids are PostgreSQL `integer`s: a larger number in a cursor is not one we made. */
const MAX_ID = 2_147_483_647;

export function encodeApiCursor(position: ApiCursor): string {
  return Buffer.from(`u:${position.updatedAt.getTime()}:${position.id}`).toString('base64url');
}

/** Null for anything that is not a cursor we made (the client gets a 422, not a silent restart). */
export function decodeApiCursor(cursor: string): ApiCursor | null {
  const match = /^u:(\d{1,15}):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return null;
  const position = { updatedAt: new Date(Number(match[1])), id: Number(match[2]) };
  if (position.id > MAX_ID || !isStorableDate(position.updatedAt)) return null;
  return position;
}
