import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PglitePlainSql, type PlainStatement, PoolPlainSql } from '../../src/db/plain-sql';

/**
 * One statement Prisma sent through its driver adapter, or the repositories through the plain
 * path (src/db/plain-sql.ts), with when it went and came back (epoch ms).
 */
export interface LoggedQuery {
  startMs: number;
  endMs: number;
  sql: string;
}

export interface QueryLog {
  /** Statements sent while recording, in the order they returned. */
  readonly queries: LoggedQuery[];
  /** Interactive transactions started while recording (their BEGIN and COMMIT are not in `queries`). */
  transactions: number;
  /** For each of those, how many statements had returned when it began (to tell whose it was). */
  readonly transactionsAt: number[];
  record(on: boolean): void;
  clear(): void;
  /**
   * Holds the next statement whose SQL matches until `release` is called (tests use it
   * to let other requests catch up with one in flight). `reached` resolves when it is held.
   */
  holdNext(matches: (sql: string) => boolean): { reached: Promise<void>; release(): void };
}

interface Queryable {
  queryRaw(query: { sql: string }): Promise<unknown>;
  executeRaw(query: { sql: string }): Promise<unknown>;
}

interface Adapter extends Queryable {
  startTransaction(...args: unknown[]): Promise<Queryable>;
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;

let installed: QueryLog | undefined;

/**
 * Counts and times every statement Prisma sends, on PostgreSQL and PGlite alike, by
 * wrapping the driver adapter each `PrismaClient` connects through, and every statement of
 * the repositories' plain path, by wrapping its query: the app's own code stays as it runs
 * in production. Installed once per process, before the app
 * starts; it only notes anything while recording.
 */
export function installQueryLog(): QueryLog {
  if (installed) return installed;
  const holds: { matches: (sql: string) => boolean; reached: () => void; released: Promise<void> }[] = [];
  const log: QueryLog & { on: boolean } = {
    holdNext(matches) {
      let reached!: () => void;
      let release!: () => void;
      const reachedPromise = new Promise<void>((resolve) => {
        reached = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.push({ matches, reached, released });
      return { reached: reachedPromise, release };
    },
    queries: [],
    transactions: 0,
    transactionsAt: [],
    on: false,
    record(on) {
      this.on = on;
    },
    clear() {
      this.queries.length = 0;
      this.transactions = 0;
      this.transactionsAt.length = 0;
    },
  };
  const now = () => performance.timeOrigin + performance.now();
  const noted = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    const hold = holds.findIndex((h) => h.matches(sql));
    if (hold >= 0) {
      const [held] = holds.splice(hold, 1);
      held?.reached();
      await held?.released;
    }
    if (!log.on || TRANSACTION_CONTROL.test(sql)) return run();
    const startMs = now();
    try {
      return await run();
    } finally {
      log.queries.push({ startMs, endMs: now(), sql });
    }
  };
  const timed = (target: Queryable) => {
    for (const method of ['queryRaw', 'executeRaw'] as const) {
      const original = target[method].bind(target);
      target[method] = (query) => noted(query.sql, () => original(query));
    }
  };
  for (const plain of [PoolPlainSql.prototype, PglitePlainSql.prototype]) {
    const query = plain.query;
    plain.query = function <T>(this: unknown, statement: PlainStatement) {
      return noted(statement.text, () => query.call(this as never, statement) as Promise<T[]>);
    };
  }
  for (const factory of [PrismaPg.prototype, PrismaPGlite.prototype]) {
    const connect = factory.connect;
    factory.connect = async function (this: unknown) {
      const adapter = (await connect.call(this as never)) as unknown as Adapter;
      timed(adapter);
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (...args) => {
        const transaction = await startTransaction(...args);
        if (log.on) {
          log.transactions += 1;
          log.transactionsAt.push(log.queries.length);
        }
        timed(transaction);
        return transaction;
      };
      return adapter as never;
    };
  }
  installed = log;
  return log;
}
