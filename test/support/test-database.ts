import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  /** Environment for the app: DATABASE_URL for a server, DATA_DIR=memory:// for embedded. */
  env: { DATABASE_URL?: string; DATA_DIR: string };
  kind: 'pglite' | 'postgres';
  url?: string;
  drop(): Promise<void>;
}

export const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

/**
 * Embedded PGlite in memory by default. With TEST_DATABASE_URL, a fresh database on
 * that server for each caller, so test files never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!postgresUrl) return { env: { DATA_DIR: 'memory://' }, kind: 'pglite', drop: async () => undefined };
  const name = `touchbase_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: 'memory://' },
    kind: 'postgres',
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
