/**
 * How long the app waits for PostgreSQL before it gives up, so a server that
 * stops answering (overloaded, failed over, frozen) makes requests fail fast
 * with "try again" instead of hanging, and shutdown still ends. Embedded PGlite
 * runs in-process and has none of these: a query there cannot hang on a network.
 */
export interface DatabaseTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /** The server cancels one SQL statement that runs longer (statement_timeout). */
  statementMs: number;
  /** The client gives up on a server that sends nothing back (query_timeout): a little after statementMs. */
  queryMs: number;
  /** The server ends a session left idle inside a transaction (idle_in_transaction_session_timeout). */
  idleInTransactionMs: number;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

export function databaseTimeouts(statementMs = DEFAULT_STATEMENT_TIMEOUT_MS): DatabaseTimeouts {
  return {
    connectMs: 5000,
    statementMs,
    queryMs: statementMs + 2000,
    idleInTransactionMs: Math.max(30_000, statementMs * 2),
  };
}

/** /readyz must answer a load balancer within 2 s whatever the database does. */
export const PING_TIMEOUT_MS = 1500;

/** Closing connections politely at shutdown; after this they are cut. */
export const CLOSE_TIMEOUT_MS = 2000;
