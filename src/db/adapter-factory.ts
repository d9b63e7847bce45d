import type { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseTarget } from './database-target';
import type * as PgPool from './pg-pool';
import type * as Pglite from './pglite';
import type * as PgliteUtcTimestamps from './pglite-utc-timestamps';
import { PglitePlainSql, type PlainSql, PoolPlainSql } from './plain-sql';
import { pgliteDriver, poolDriver, type SqlDriver } from './sql-driver';
import { CLOSE_TIMEOUT_MS, type DatabaseTimeouts, databaseTimeouts } from './timeouts';

export interface OpenAdapter {
  factory: PrismaPg | PrismaPGlite;
  /** Plain SQL access to the same database, for migrations and health checks. */
  driver: SqlDriver;
  /** Hot statements outside transactions, straight to the driver (see PlainSql). */
  plain: PlainSql;
  close(): Promise<void>;
}

// Each kind's driver is loaded only when used: a start on PostgreSQL does not load PGlite, nor the reverse.
export async function openAdapterFactory(
  target: DatabaseTarget,
  timeouts: DatabaseTimeouts = databaseTimeouts(),
): Promise<OpenAdapter> {
  if (target.kind === 'postgres') {
    const { PrismaPg }: typeof import('@prisma/adapter-pg') = require('@prisma/adapter-pg');
    const { NameAsTextPool, pgTypes }: typeof PgPool = require('./pg-pool');
    const pool = new NameAsTextPool({
      connectionString: target.url,
      max: 10,
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.queryMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
      // No JIT compilation: the app's statements are short, and one whose estimate passes
      // jit_above_cost (a LATERAL look-up per item of a 500-item batch) spent about 350 ms
      // compiling to save a few (issue 12).
      // Sessions in UTC whatever the server's default zone (Debian's initdb writes the
      // machine's, e.g. Europe/Stockholm): adapter-pg reads timestamptz text as UTC whatever its
      // offset, and sends a Date as text without a zone, which a timestamptz reads as the
      // session's local time. Prisma's DateTime columns are UTC without a zone anyway.
      options: '-c jit=off -c TimeZone=UTC',
      // Notices a peer that vanished without closing (a failed-over host) on idle connections too.
      keepAlive: true,
    });
    // An idle connection the server closes (restart, failover, admin) is dropped by the
    // pool and the next query reconnects; without a listener the event would kill the process.
    pool.on('error', () => undefined);
    return {
      factory: new PrismaPg(pool),
      driver: poolDriver(pool),
      plain: new PoolPlainSql(pool, pgTypes),
      close: () => pool.close(CLOSE_TIMEOUT_MS),
    };
  }
  const { PrismaPGlite }: typeof import('pglite-prisma-adapter') = require('pglite-prisma-adapter');
  const { openPGlite, pgliteArrayParser }: typeof Pglite = require('./pglite');
  const { withUtcTimestamps }: typeof PgliteUtcTimestamps = require('./pglite-utc-timestamps');
  const db = target.lent ?? (await openPGlite(target.dataDir, target.template));
  return {
    // Prisma's raw reads of timestamps are local time otherwise (see withUtcTimestamps).
    factory: new PrismaPGlite(withUtcTimestamps(db, pgliteArrayParser)),
    driver: pgliteDriver(db),
    plain: new PglitePlainSql(db, pgliteArrayParser),
    // A lent database is its owner's to close.
    close: target.lent ? async () => undefined : () => db.close(),
  };
}
