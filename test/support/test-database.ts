import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/database-target';
import { ensurePostgresTemplate, pgliteTemplate } from './database-template';

export interface TestDatabase {
  /**
   * Environment for an app or CLI started by configuration: DATABASE_URL for a server,
   * DATA_DIR=memory:// for embedded (a process opening memory:// starts from an empty
   * database and migrates it, as the app does at start).
   */
  env: { DATABASE_URL?: string; DATA_DIR: string };
  kind: 'pglite' | 'postgres';
  url?: string;
  /**
   * The database itself, for code in this process: give it to `startTouchbase({ databaseTarget })`
   * or `openDatabase()`. Unless created `empty`, it is already migrated (a copy of the template).
   */
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** No migrations applied: for tests of the migrations themselves. */
  empty?: boolean;
}

export const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

let postgresTemplate: Promise<string> | undefined;

/**
 * Embedded PGlite in memory by default. With TEST_DATABASE_URL, a fresh database on
 * that server for each caller, so test files never see each other's rows. Either
 * starts as a copy of one migrated template (see database-template.ts) unless `empty`.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (!postgresUrl) {
    const template = await pgliteTemplate({ migrated: !options.empty });
    return {
      env: { DATA_DIR: 'memory://' },
      kind: 'pglite',
      target: { kind: 'pglite', dataDir: null, template },
      drop: async () => undefined,
    };
  }
  if (!options.empty) postgresTemplate ??= ensurePostgresTemplate(postgresUrl);
  const template = options.empty ? undefined : await postgresTemplate;
  const name = `touchbase_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: 'memory://' },
    kind: 'postgres',
    url: url.toString(),
    target: { kind: 'postgres', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
