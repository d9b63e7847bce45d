/** Keyset position in the (startAt desc, id desc) order, opaque to users. */
export interface ListPosition {
  startAt: Date;
  id: number;
}

export function encodeCursor(position: ListPosition): string {
  return Buffer.from(`${position.startAt.getTime()}:${position.id}`).toString('base64url');
}

/** Null for anything that is not a cursor we made: the list then starts from the top. */
export function decodeCursor(cursor: string | null | undefined): ListPosition | null {
  if (!cursor) return null;
  const match = /^(-?\d{1,15}):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return null;
  return { startAt: new Date(Number(match[1])), id: Number(match[2]) };
}
