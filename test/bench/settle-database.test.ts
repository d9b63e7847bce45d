import pg from 'pg';
import type { PreparedDatabase } from '../../bench/targets/prepared-database';
import { settleDatabase } from '../../bench/targets/settle-database';
import { createTestDatabase, postgresUrl, type TestDatabase } from '../support/test-database';

const prepared = (database: TestDatabase): PreparedDatabase =>
  ({
    kind: database.kind,
    env: database.env.DATABASE_URL ? { DATABASE_URL: database.env.DATABASE_URL } : { DATA_DIR: 'memory://' },
    reused: false,
    dispose: async () => undefined,
  }) as unknown as PreparedDatabase;

async function checkpointsRequested(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT checkpoints_req AS n FROM pg_stat_bgwriter');
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('settleDatabase (before each benchmark)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  if (postgresUrl) {
    it('writes out the dirty buffers on PostgreSQL (a checkpoint) and finds no autovacuum running', async () => {
      const url = database.url as string;
      const before = await checkpointsRequested(url);
      const settled = await settleDatabase(prepared(database));
      expect(settled).not.toBeNull();
      expect(settled?.gaveUp).toBe(false);
      expect(await checkpointsRequested(url)).toBeGreaterThan(before);
    });
  } else {
    it('leaves the embedded database alone: no server keeps working after its app closed it', async () => {
      expect(await settleDatabase(prepared(database))).toBeNull();
    });
  }
});
