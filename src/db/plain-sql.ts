import type { PGlite } from '@electric-sql/pglite';
// The class Prisma.Decimal is (the generated client re-exports it), without loading that client.
import { Decimal } from '@prisma/client/runtime/client';
import type pg from 'pg';
import { executeText } from './execute-text';
import { TIMESTAMP_OIDS, utcTimestampText, zonedTimestampText } from './timestamp-text';

/**
 * One statement for the plain path: its text with `$1`… placeholders and their values, as a
 * `Prisma.sql` template gives them (`.text`, `.values`). `name` makes it a named prepared
 * statement on PostgreSQL (parsed and planned once per connection): only for a text that
 * never changes under that name.
 */
export interface PlainStatement {
  readonly text: string;
  readonly values: readonly unknown[];
  readonly name?: string;
}

/**
 * Plain SQL straight to the driver, for hot statements outside any transaction: Prisma's
 * raw-query pipeline (building the request, mapping every column's type, deserializing
 * the result) cost more CPU than pg itself (issue 12). Rows come back as `$queryRaw`
 * gives them: integers as numbers, bigint as BigInt, numeric as Decimal, json parsed,
 * arrays as arrays, enums as strings, and `timestamp` (without zone, how Prisma stores
 * DateTime) as that moment in UTC whatever the process's time zone. A Date parameter goes
 * as UTC ISO text. Never for a statement that belongs in a Prisma transaction: on PostgreSQL
 * it runs on a pooled connection of its own, on PGlite once any open transaction has ended
 * (PGlite's query waits for it, as for Prisma's own statements outside one).
 */
export interface PlainSql {
  query<T>(statement: PlainStatement): Promise<T[]>;
}

/**
 * `statement` (a `Prisma.sql` template, which an unnamed query takes as it is) under `name`,
 * prepared once per connection on PostgreSQL: only for a text that never changes under that
 * name. No name: not prepared.
 */
export function prepared(
  name: string | undefined,
  statement: Pick<PlainStatement, 'text' | 'values'>,
): PlainStatement {
  return { name, text: statement.text, values: statement.values };
}

/**
 * Names for a statement whose text takes one of a few shapes (one per kind of visibility rule):
 * each text gets its own name, kept for the process, so every connection prepares each shape
 * once. Past `max` shapes the rest go unnamed (planned at each call, as before).
 */
export class ShapeNames {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly prefix: string,
    private readonly max = 16,
  ) {}

  /** The name of `text`'s shape, given at its first use; undefined past `max` shapes. */
  nameFor(text: string): string | undefined {
    let name = this.names.get(text);
    if (name === undefined && this.names.size < this.max) {
      name = `${this.prefix}_${this.names.size}`;
      this.names.set(text, name);
    }
    return name;
  }

  /** `statement` under its shape's name (see prepared). */
  prepared(statement: Pick<PlainStatement, 'text' | 'values'>): PlainStatement {
    return prepared(this.nameFor(statement.text), statement);
  }
}

type Parser = (text: string) => unknown;
type ArrayOf = (element: Parser) => Parser;

/** `2026-03-29 01:30:00.123` (PostgreSQL's text for timestamp) as UTC. */
export const utcTimestamp: Parser = (text) => new Date(utcTimestampText(text));

/** `2026-03-29 01:30:00.123+02` (timestamptz, in the session's zone) at its offset. */
export const zonedTimestamp: Parser = (text) => new Date(zonedTimestampText(text));

const utcDate: Parser = (text) => new Date(`${text}T00:00:00.000Z`);
const bigInt: Parser = (text) => BigInt(text);
const decimal: Parser = (text) => new Decimal(text);

/** Type oids whose text both drivers' defaults read otherwise than Prisma's raw read. */
const OID = {
  int8: 20,
  int8Array: 1016,
  date: 1082,
  dateArray: 1182,
  ...TIMESTAMP_OIDS,
  numeric: 1700,
  numericArray: 1231,
} as const;

/** The parsers the plain path uses instead of the driver's defaults, arrays parsed by `arrayOf`. */
export function plainParsers(arrayOf: ArrayOf): Record<number, Parser> {
  return {
    [OID.int8]: bigInt,
    [OID.int8Array]: arrayOf(bigInt),
    [OID.date]: utcDate,
    [OID.dateArray]: arrayOf(utcDate),
    [OID.timestamp]: utcTimestamp,
    [OID.timestampArray]: arrayOf(utcTimestamp),
    [OID.timestamptz]: zonedTimestamp,
    [OID.timestamptzArray]: arrayOf(zonedTimestamp),
    [OID.numeric]: decimal,
    [OID.numericArray]: arrayOf(decimal),
  };
}

/** A parameter as the plain path sends it: Dates (also in arrays) as UTC ISO text, the rest as is. */
function plainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.some((item) => item instanceof Date || Array.isArray(item)))
    return value.map(plainValue);
  return value;
}

const plainValues = (values: readonly unknown[]) => values.map(plainValue);

/** SQLSTATE 0A000 with this text: a prepared statement whose result columns changed (a migration added one). */
const STALE_PLAN = /cached plan must not change result type/;

/** The plain path on the app's pg pool. Prisma's queries keep their own parsers (PrismaPg passes them per query). */
export class PoolPlainSql implements PlainSql {
  private readonly types: { getTypeParser: (oid: number, format?: string) => unknown };

  constructor(
    private readonly pool: pg.Pool,
    pgTypes: typeof pg.types,
  ) {
    // pg-types 2 exports { create(text, parse).parse() }, not the function its typings declare.
    const arrays = pgTypes.arrayParser as unknown as {
      create(text: string, element: Parser): { parse(): unknown[] };
    };
    const parsers = plainParsers((element) => (text) => arrays.create(text, element).parse());
    // Per query, so the pool's (and pg's global) parsers stay as they are.
    this.types = {
      getTypeParser: (oid, format) =>
        (format === undefined || format === 'text' ? parsers[oid] : undefined) ??
        pgTypes.getTypeParser(oid, format as 'text'),
    };
  }

  async query<T>({ text, values, name }: PlainStatement): Promise<T[]> {
    const config = { text, values: plainValues(values), types: this.types } as pg.QueryConfig;
    if (name === undefined) return (await this.pool.query(config)).rows as T[];
    const client = await this.pool.connect();
    try {
      const rows = (await client.query({ ...config, name })).rows as T[];
      client.release();
      return rows;
    } catch (error) {
      if (!(error instanceof Error && STALE_PLAN.test(error.message))) {
        client.release();
        throw error;
      }
      // The connection keeps the stale statement under that name: close it, and ask unprepared once.
      client.release(true);
      return (await this.pool.query(config)).rows as T[];
    }
  }
}

/**
 * The plain path on embedded PGlite: its query, the same its Prisma adapter calls. A named
 * statement is prepared once (PREPARE) and then only executed (EXECUTE, its values as
 * literals, see executeText): PGlite parses and plans on the app's own thread, and planning
 * the Home's read cost more than running it (issue 12). PGlite is one session for the
 * process, so which names it has prepared is kept here.
 */
export class PglitePlainSql implements PlainSql {
  private readonly options: { parsers: Record<number, Parser> };
  /** Each name's PREPARE, once; false when it failed (that name then goes unprepared). */
  private readonly preparing = new Map<string, Promise<boolean>>();

  constructor(
    private readonly db: PGlite,
    arrayParser: (text: string, parser: Parser, typarray: number) => unknown,
  ) {
    this.options = { parsers: plainParsers((element) => (text) => arrayParser(text, element, 0)) };
  }

  async query<T>({ text, values, name }: PlainStatement): Promise<T[]> {
    const bound = plainValues(values);
    const execute = name === undefined ? undefined : executeText(name, bound);
    if (name !== undefined && execute !== undefined && (await this.prepare(name, text))) {
      try {
        return (await this.db.query<T>(execute, [], this.options)).rows;
      } catch (error) {
        if (!(error instanceof Error && STALE_PLAN.test(error.message))) throw error;
        // A migration changed the statement's columns: prepare it again at the next call.
        this.preparing.delete(name);
        await this.db.query(`DEALLOCATE ${name}`);
      }
    }
    return (await this.db.query<T>(text, bound, this.options)).rows;
  }

  private prepare(name: string, text: string): Promise<boolean> {
    let done = this.preparing.get(name);
    if (done === undefined) {
      done = this.db.query(`PREPARE ${name} AS ${text}`).then(
        () => true,
        () => false,
      );
      this.preparing.set(name, done);
    }
    return done;
  }
}
