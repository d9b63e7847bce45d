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

export function poolDriver(pool: pg.Pool): SqlDriver {
  const sessionOf = (client: pg.Pool | pg.PoolClient): SqlSession => ({
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  return {
    ...sessionOf(pool),
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work(sessionOf(client));
      } finally {
        client.release();
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
