import { PrismaClient } from '../generated/prisma/client';
import { openAdapterFactory } from './adapter-factory';
import type { DatabaseTarget } from './database-target';
import { applyMigrations } from './migrate';
import type { SqlDriver } from './sql-driver';

export interface Database {
  prisma: PrismaClient;
  sql: SqlDriver;
  target: DatabaseTarget;
  /** Answers whether the database responds right now (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations before returning (the default, as at app start). */
  migrate?: boolean;
  onMigrated?: (applied: string[]) => void;
}

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  const adapter = await openAdapterFactory(target);
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
    target,
    async ping() {
      if (closed) return false;
      try {
        await adapter.driver.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await adapter.close();
    },
  };
}
