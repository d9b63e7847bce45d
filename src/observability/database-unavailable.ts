/**
 * Whether an error means "the database cannot be reached or did not answer in
 * time", as opposed to a bug or a refused statement. Such errors become 503 with
 * Retry-After in the REST API and a short "try again in a minute" in Slack.
 * Prisma and the drivers wrap the cause at different depths, so the whole
 * `cause` chain is searched.
 */

/** Prisma: can't reach server, timed out, operations timed out, server closed the connection, pool timeout. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Node sockets and PostgreSQL SQLSTATEs: connection exceptions (08…), shutdown (57P01–57P03), cancelled by statement_timeout (57014), too many connections (53300). */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
/** Driver adapter error kinds (Prisma's driver-adapter-utils). */
const KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** What pg, pg-pool and PGlite say when there is no connection to use. */
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Query read timeout/i,
  /Client has encountered a connection error/i,
  /canceling statement due to statement timeout/i,
  /PGlite is closed/i,
  /Cannot use a pool after calling end/i,
];

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalCode?: unknown;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as ErrorLike;
    if (
      typeof e.code === 'string' &&
      (PRISMA_CODES.has(e.code) || CODES.has(e.code) || e.code.startsWith('08'))
    )
      return true;
    if (typeof e.originalCode === 'string' && (CODES.has(e.originalCode) || e.originalCode.startsWith('08')))
      return true;
    if (typeof e.kind === 'string' && KINDS.has(e.kind)) return true;
    if (typeof e.message === 'string' && MESSAGES.some((pattern) => pattern.test(e.message as string)))
      return true;
    current = e.cause;
  }
  return false;
}
