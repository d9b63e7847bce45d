import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseTarget } from './database-target';
import { NameAsTextPool } from './pg-pool';
import { openPGlite } from './pglite';
import { pgliteDriver, poolDriver, type SqlDriver } from './sql-driver';

export interface OpenAdapter {
  factory: PrismaPg | PrismaPGlite;
  /** Plain SQL access to the same database, for migrations and health checks. */
  driver: SqlDriver;
  close(): Promise<void>;
}

export async function openAdapterFactory(target: DatabaseTarget): Promise<OpenAdapter> {
  if (target.kind === 'postgres') {
    const pool = new NameAsTextPool({ connectionString: target.url, max: 10 });
    // An idle connection the server closes (restart, failover, admin) is dropped by the
    // pool and the next query reconnects; without a listener the event would kill the process.
    pool.on('error', () => undefined);
    return { factory: new PrismaPg(pool), driver: poolDriver(pool), close: () => pool.end() };
  }
  const db = await openPGlite(target.dataDir, target.template);
  return { factory: new PrismaPGlite(db), driver: pgliteDriver(db), close: () => db.close() };
}
