import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { TIMESTAMP_OIDS as OID, utcTimestampText, zonedTimestampText } from './timestamp-text';

type Parser = (text: string) => unknown;
type ArrayParser = (text: string, parser: Parser, typarray: number) => unknown;
type Queryable = PGlite | Transaction;

/** The oid pglite-prisma-adapter 0.6.1 takes for timestamptz[] (it has no such type, so 1185 is refused). */
const ADAPTER_TIMESTAMPTZ_ARRAY = 1116;

/**
 * pglite-prisma-adapter 0.6.1 hands Prisma `timestamp` text without a zone and `timestamptz`
 * text with its `+00` cut off, and Prisma's raw read makes a Date of that text with
 * `new Date(text)`, which reads it as the process's local time: in a server process in
 * Europe/Stockholm every `$queryRaw` read of 10:00 UTC came back as 08:00 UTC (model reads
 * add the missing zone themselves). These parsers give the text with its zone, as Prisma's
 * adapter for PostgreSQL does, so both reads are right in any process zone. `date` is left
 * as the adapter gives it: `new Date('2026-06-15')` is UTC midnight already.
 */
export function utcTimestampParsers(arrayParser: ArrayParser): Record<number, Parser> {
  return {
    [OID.timestamp]: utcTimestampText,
    [OID.timestampArray]: (text) => arrayParser(text, utcTimestampText, 0),
    [OID.timestamptz]: zonedTimestampText,
    [OID.timestamptzArray]: (text) => arrayParser(text, zonedTimestampText, 0),
  };
}

/** The adapter maps a column's type by its oid after the query: timestamptz[] under the oid it knows. */
function timestamptzArraysAsAdapterKnowsThem<T>(results: Results<T>): Results<T> {
  for (const field of results.fields)
    if (field.dataTypeID === OID.timestamptzArray) field.dataTypeID = ADAPTER_TIMESTAMPTZ_ARRAY;
  return results;
}

/**
 * The PGlite to give `PrismaPGlite`: its queries, and those of the
 * transactions it opens, read timestamps with `utcTimestampParsers` on top of the parsers
 * the adapter passes. Everything else is PGlite's own. The plain path and the migrations
 * keep the unwrapped database.
 */
export function withUtcTimestamps(client: PGlite, arrayParser: ArrayParser): PGlite {
  const ours = utcTimestampParsers(arrayParser);
  // The adapter passes a new options object with every query but always the same parsers: merge once.
  const merged = new WeakMap<NonNullable<QueryOptions['parsers']>, QueryOptions['parsers']>();
  const withOurs = (options: QueryOptions | undefined): QueryOptions => {
    const theirs = options?.parsers;
    if (!theirs) return { ...options, parsers: ours };
    let parsers = merged.get(theirs);
    if (!parsers) {
      parsers = { ...theirs, ...ours };
      merged.set(theirs, parsers);
    }
    return { ...options, parsers };
  };
  return wrap(client, withOurs);
}

function wrap<T extends Queryable>(client: T, withOurs: (options?: QueryOptions) => QueryOptions): T {
  const query = <R>(sql: string, params?: unknown[], options?: QueryOptions) =>
    client.query<R>(sql, params, withOurs(options)).then(timestamptzArraysAsAdapterKnowsThem);
  const transaction = <R>(callback: (tx: Transaction) => Promise<R>) =>
    (client as PGlite).transaction((tx) => callback(wrap(tx, withOurs)));
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') return query;
      if (property === 'transaction' && 'transaction' in target) return transaction;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
