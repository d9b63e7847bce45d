import { openAdapterFactory } from '../../src/db/adapter-factory';
import { openPGlite } from '../../src/db/pglite';
import { pgliteDriver, type SqlSession } from '../../src/db/sql-driver';
import { emptyTables } from './empty-tables';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface KeptDatabase {
  /**
   * The database, as a new copy of the migrated template would be: made at the first call,
   * emptied of every row at each later one. Stop the apps of the previous test first.
   */
  fresh(): Promise<TestDatabase>;
}

interface Kept {
  database: TestDatabase;
  /** The keeper's own way in, to empty the database between tests. */
  sql: SqlSession;
  close(): Promise<void>;
}

/**
 * One migrated database for the tests of a file (or of the describe that calls this) instead
 * of one per test: on PGlite, unpacking a copy of the template and starting it is about 0.5 s
 * of CPU, most of what starting a test's app costs. Each test still starts its own apps on it
 * (and its own Slack double), so nothing an app keeps in memory outlives a test. Dropped after
 * the tests that registered it.
 */
export function keepTestDatabase(): KeptDatabase {
  let kept: Promise<Kept> | undefined;
  afterAll(async () => {
    if (kept) await (await kept).close();
  });
  return {
    async fresh() {
      if (!kept) {
        kept = open();
        return (await kept).database;
      }
      const { database, sql } = await kept;
      // PGlite has one session, which every app on it shared: back to a new connection's state
      // (prepared statements, settings, advisory locks), as each app on PostgreSQL has its own.
      if (database.kind === 'pglite') await sql.exec('DISCARD ALL');
      await emptyTables(sql);
      return database;
    },
  };
}

async function open(): Promise<Kept> {
  const created = await createTestDatabase();
  // Dropped once, by the keeper, after the last test.
  const database = { ...created, drop: async () => undefined };
  const { target } = created;
  if (target.kind === 'postgres') {
    const adapter = await openAdapterFactory(target);
    return {
      database,
      sql: adapter.driver,
      async close() {
        await adapter.close();
        await created.drop();
      },
    };
  }
  // Opened here and lent to each app, which then leaves it open.
  const db = await openPGlite(null, target.template);
  return {
    database: { ...database, target: { kind: 'pglite', dataDir: null, lent: db } },
    sql: pgliteDriver(db),
    close: () => db.close(),
  };
}
