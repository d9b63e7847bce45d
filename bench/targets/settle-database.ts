import pg from 'pg';
import type { PreparedDatabase } from './prepared-database';

/** Longest wait for autovacuum: at 1 M activities a throttled vacuum of a table takes minutes. */
const AUTOVACUUM_WAIT_MS = 5 * 60_000;
const POLL_MS = 250;

export interface Settled {
  checkpointMs: number;
  /** How long autovacuum workers on this database were waited for (0: none ran). */
  autovacuumMs: number;
  /** Autovacuum was still running when the wait gave up. */
  gaveUp: boolean;
}

/**
 * Before a benchmark on PostgreSQL: the server finishes what the data generation or the
 * previous benchmark left it, so that work is not timed as this benchmark's. A CHECKPOINT
 * writes out the dirty buffers their writes left (otherwise the measured statements write
 * them out, or the checkpointer does meanwhile), and autovacuum workers on this database
 * are waited for (a benchmark's inserts can set one going on a table). PGlite has no
 * server: nothing outlives the app that had it open, so there is nothing to settle.
 */
export async function settleDatabase(database: PreparedDatabase): Promise<Settled | null> {
  if (database.kind !== 'postgres') return null;
  const url = database.env.DATABASE_URL;
  if (!url) throw new Error('a PostgreSQL benchmark database without DATABASE_URL');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('CHECKPOINT');
    const checkpointMs = performance.now() - started;
    const waitStarted = performance.now();
    let gaveUp = false;
    let polls = 0;
    for (; ; polls += 1) {
      const { rows } = await client.query<{ running: number }>(
        `SELECT count(*)::int AS running FROM pg_stat_activity
         WHERE datname = current_database() AND backend_type = 'autovacuum worker'`,
      );
      if (rows[0]?.running === 0) break;
      if (performance.now() - waitStarted > AUTOVACUUM_WAIT_MS) {
        gaveUp = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return { checkpointMs, autovacuumMs: polls === 0 ? 0 : performance.now() - waitStarted, gaveUp };
  } finally {
    await client.end();
  }
}
