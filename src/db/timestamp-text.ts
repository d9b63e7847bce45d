/** The type oids of PostgreSQL's timestamps, whose text the drivers' own parsers read as local time. */
export const TIMESTAMP_OIDS = {
  timestamp: 1114,
  timestampArray: 1115,
  timestamptz: 1184,
  timestamptzArray: 1185,
} as const;

/**
 * `2026-06-15 10:00:00.123` (timestamp, UTC without a zone as Prisma stores DateTime) as ISO
 * text with its zone said, so `new Date` reads it the same in any process time zone.
 */
export const utcTimestampText = (text: string): string => `${text.replace(' ', 'T')}+00:00`;

/** `2026-06-15 12:00:00.5+02` (timestamptz, in the session's zone) with its offset made ISO. */
export const zonedTimestampText = (text: string): string => {
  const iso = text.replace(' ', 'T');
  return /[+-]\d\d$/.test(iso) ? `${iso}:00` : iso;
};
