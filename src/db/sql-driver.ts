import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** One connection's worth of plain SQL: what migrations and health checks need. */
export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements at once (a migration file). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlSession {
  /** Runs `work` on one dedicated connection, so session-level locks hold across its statements. */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}

/** Longest wait a timer can express (about 24 days): in effect, no client-side limit. */
const SESSION_QUERY_TIMEOUT_MS = 2 ** 31 - 1;

export function poolDriver(pool: pg.Pool): SqlDriver {
  const sessionOf = (client: pg.Pool | pg.PoolClient): SqlSession => ({
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  /** The pool's client-side query_timeout cannot be lifted per query with 0, only set very long. */
  const unbounded = (text: string, values?: unknown[]) =>
    // pg reads query_timeout from a query's config; its types do not declare it.
    ({ text, values, query_timeout: SESSION_QUERY_TIMEOUT_MS }) as pg.QueryConfig;
  const unboundedSessionOf = (client: pg.PoolClient): SqlSession => ({
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(unbounded(sql, params))).rows as T[];
    },
    async exec(sql: string) {
      await client.query(unbounded(sql));
    },
  });
  return {
    ...sessionOf(pool),
    async withSession(work) {
      const client = await pool.connect();
      try {
        // Sessions run migrations: rebuilding a large table, or waiting for another
        // replica's migration lock, may rightly take longer than any request should.
        await client.query('SET statement_timeout = 0');
        return await work(unboundedSessionOf(client));
      } finally {
        // Closed rather than pooled: it no longer has the pool's statement_timeout.
        client.release(true);
      }
    },
  };
}

export function pgliteDriver(db: PGlite): SqlDriver {
  const session: SqlSession = {
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
  // PGlite has a single connection: every call already runs on "the" session.
  return { ...session, withSession: (work) => work(session) };
}
