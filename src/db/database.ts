import { PrismaClient } from '../generated/prisma/client';
import { openAdapterFactory } from './adapter-factory';
import type { DatabaseTarget } from './database-target';
import { applyMigrations } from './migrate';
import type { PlainSql } from './plain-sql';
import type { SqlDriver } from './sql-driver';
import { type DatabaseTimeouts, PING_TIMEOUT_MS } from './timeouts';
import { within } from './within';

export interface Database {
  prisma: PrismaClient;
  sql: SqlDriver;
  /** The repositories' plain path for hot statements outside transactions (see PlainSql). */
  plain: PlainSql;
  target: DatabaseTarget;
  /** Answers whether the database responds right now (for /readyz), within `timeoutMs` (default PING_TIMEOUT_MS). */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations before returning (the default, as at app start). */
  migrate?: boolean;
  onMigrated?: (applied: string[]) => void;
  /** How long to wait for a PostgreSQL server (ignored by embedded PGlite). */
  timeouts?: DatabaseTimeouts;
}

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  const adapter = await openAdapterFactory(target, options.timeouts);
  try {
    if (options.migrate !== false) {
      const applied = await applyMigrations(adapter.driver);
      options.onMigrated?.(applied);
    }
  } catch (error) {
    await adapter.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: adapter.factory });
  let closed = false;
  return {
    prisma,
    sql: adapter.driver,
    plain: adapter.plain,
    target,
    async ping(timeoutMs = PING_TIMEOUT_MS) {
      if (closed) return false;
      const answered = await within(timeoutMs, () =>
        adapter.driver.query('SELECT 1').then(
          () => true,
          () => false,
        ),
      );
      return answered === true;
    },
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await adapter.close();
    },
  };
}
