import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SqlDriver, SqlSession } from './sql-driver';

/** The advisory lock `prisma migrate deploy` takes too, so our runner and the CLI exclude each other. */
const MIGRATION_LOCK = 72707369;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export function readMigrations(dir: string = migrationsDir()): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies pending migrations in Prisma's own bookkeeping table (`_prisma_migrations`),
 * so `prisma migrate status|deploy|diff` understand the result. Runs under an advisory
 * lock: replicas starting together wait for the first one and then find nothing to do.
 */
export async function applyMigrations(driver: SqlDriver, migrations = readMigrations()): Promise<string[]> {
  return driver.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await ensureBookkeeping(session);
      const applied = await appliedMigrations(session);
      const done: string[] = [];
      for (const migration of migrations) {
        const previous = applied.get(migration.name);
        if (previous === undefined) {
          await apply(session, migration);
          done.push(migration.name);
        } else if (previous !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied. Never edit an applied migration: add a new one.`,
          );
        }
      }
      return done;
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

function migrationsDir(): string {
  // Compiled code runs from dist/src/db, sources from src/db: find the folder either way.
  const candidates = [
    path.resolve(__dirname, '..', '..', 'prisma', 'migrations'),
    path.resolve(__dirname, '..', '..', '..', 'prisma', 'migrations'),
  ];
  const found = candidates.find((dir) => fs.existsSync(dir));
  if (!found) throw new MigrationError(`No migrations folder found (looked in ${candidates.join(', ')})`);
  return found;
}

async function ensureBookkeeping(session: SqlSession): Promise<void> {
  await session.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

async function appliedMigrations(session: SqlSession): Promise<Map<string, string>> {
  const rows = await session.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
  );
  const unfinished = rows.find((row) => row.finished_at === null);
  if (unfinished) {
    throw new MigrationError(
      `Migration ${unfinished.migration_name} started but never finished. Repair the database, then mark it ` +
        `with "npx prisma migrate resolve --applied ${unfinished.migration_name}" (or --rolled-back).`,
    );
  }
  return new Map(rows.map((row) => [row.migration_name, row.checksum]));
}

async function apply(session: SqlSession, migration: Migration): Promise<void> {
  await session.exec('BEGIN');
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK');
    throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
