import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAdapterFactory } from '../../src/db/adapter-factory';
import { applyMigrations, MigrationError, readMigrations } from '../../src/db/migrate';
import { spawnApp } from '../support/app-process';
import { rowCounts } from '../support/row-counts';
import { SIGNING_SECRET } from '../support/signing-secret';
import { SlackDouble } from '../support/slack-double';
import { createTestDatabase, postgresUrl, type TestDatabase } from '../support/test-database';

jest.setTimeout(240_000);

describe('migrations', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterEach(() => database.drop());

  async function open() {
    return openAdapterFactory(database.target);
  }

  it('applies each pending migration once and records it where the Prisma CLI looks', async () => {
    const adapter = await open();
    try {
      const all = readMigrations().map((m) => m.name);
      expect(await applyMigrations(adapter.driver)).toEqual(all);
      expect(await applyMigrations(adapter.driver)).toEqual([]);
      const rows = await adapter.driver.query<{ migration_name: string; finished_at: Date | null }>(
        'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(all);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      const extensions = await adapter.driver.query<{ extname: string }>('SELECT extname FROM pg_extension');
      expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
      // Nor rows: a test file that keeps one database empties it to this (test/support/empty-tables.ts).
      const counts = await rowCounts({ sql: adapter.driver });
      expect(Object.keys(counts)).toContain('Workspace');
      expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
    } finally {
      await adapter.close();
    }
  });

  it('refuses to start on a migration edited after it was applied', async () => {
    const adapter = await open();
    try {
      const migrations = readMigrations();
      // The first is enough: the edited one is checked before anything after it is applied.
      await applyMigrations(adapter.driver, migrations.slice(0, 1));
      const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
      await expect(applyMigrations(adapter.driver, edited)).rejects.toThrow(MigrationError);
      await expect(applyMigrations(adapter.driver, edited)).rejects.toThrow(
        /was changed after it was applied/,
      );
    } finally {
      await adapter.close();
    }
  });

  it('rolls a failing migration back completely and names it', async () => {
    const adapter = await open();
    try {
      const broken = [
        {
          name: '29990101000000_broken',
          sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
          checksum: 'x',
        },
      ];
      await expect(applyMigrations(adapter.driver, broken)).rejects.toThrow(/29990101000000_broken failed/);
      const tables = await adapter.driver.query("SELECT 1 FROM pg_tables WHERE tablename = 'half_done'");
      expect(tables).toEqual([]);
    } finally {
      await adapter.close();
    }
  });
});

describe('the migrated template test databases start from', () => {
  it('has every migration recorded as applied, and nothing left to apply', async () => {
    const database = await createTestDatabase();
    const adapter = await openAdapterFactory(database.target);
    try {
      const rows = await adapter.driver.query<{ migration_name: string; checksum: string }>(
        'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
      expect(await applyMigrations(adapter.driver)).toEqual([]);
    } finally {
      await adapter.close();
      await database.drop();
    }
  });
});

if (postgresUrl) {
  describe('two processes starting together on one PostgreSQL', () => {
    let double: SlackDouble;
    let database: TestDatabase;
    const dirs: string[] = [];
    beforeAll(async () => {
      double = await SlackDouble.start();
      database = await createTestDatabase({ empty: true });
    });
    afterAll(async () => {
      await double.stop();
      await database.drop();
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('both come up; the schema is migrated exactly once', async () => {
      const start = () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-replica-'));
        dirs.push(dir);
        return spawnApp({
          SLACK_BOT_TOKEN: double.botToken,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: double.apiUrl,
          PORT: '0',
          DATABASE_URL: database.url!,
          DATA_DIR: dir,
        });
      };
      const replicas = [start(), start()];
      const running = await Promise.all(
        replicas.map((r) => r.waitForLog((line) => line.msg === 'Touchbase is running')),
      );
      for (const line of running)
        expect((await fetch(`http://127.0.0.1:${line.port}/readyz`)).status).toBe(200);
      const applied = replicas.flatMap((r) =>
        r
          .stdout()
          .split('\n')
          .filter((l) => l.includes('database migrations applied')),
      );
      expect(applied).toHaveLength(1);
      for (const r of replicas) r.child.kill('SIGTERM');
      expect(await Promise.all(replicas.map((r) => r.exited))).toEqual([0, 0]);
    });
  });
}
