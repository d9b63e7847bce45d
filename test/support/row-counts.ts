import type { Database } from '../../src/db/database';
import { appTables, quoted } from './app-tables';

interface CountStatement {
  tables: string[];
  sql: string;
}

/** What a database held at one snapshot. */
interface Counted {
  snapshot: string;
  counts: Record<string, number>;
}

/** The count statement per database, made once: nothing changes the schema while a test runs. */
const statements = new WeakMap<Database['sql'], Promise<CountStatement>>();
const lastCounted = new WeakMap<Database['sql'], Counted>();

/**
 * One statement that counts every table, so a property run pays one round trip, not one per
 * table; it names the snapshot it counted in, to know later whether anything could have changed.
 */
async function countStatement(sql: Database['sql']): Promise<CountStatement> {
  const tables = await appTables(sql);
  const counts = tables.map((name) => `(SELECT count(*) FROM ${quoted(name, '"')})`);
  return {
    tables,
    sql: `SELECT pg_current_snapshot()::text AS snapshot, ARRAY[${counts.join(', ')}]::bigint[] AS counts`,
  };
}

/**
 * Rows per table of the app's schema, for "nothing was written" checks that keep
 * working when tables are added. Prisma's bookkeeping table is left out.
 *
 * Property tests ask before and after every run, and most runs write nothing: when no
 * transaction has finished since the last count (the same snapshot: the same committed
 * transactions, the same ones still running), the rows are the same and are not counted again.
 */
export async function rowCounts(database: Pick<Database, 'sql'>): Promise<Record<string, number>> {
  const { sql } = database;
  const last = lastCounted.get(sql);
  if (last) {
    const [now] = await sql.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot');
    if (now?.snapshot === last.snapshot) return { ...last.counts };
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = countStatement(sql);
    statements.set(sql, statement);
    // A database that did not answer (an outage test) is asked again next time.
    statement.catch(() => statements.delete(sql));
  }
  const { tables, sql: text } = await statement;
  const [row] = await sql.query<{ snapshot: string; counts: (number | string | bigint)[] }>(text);
  if (!row) throw new Error('rowCounts: the count statement returned no row');
  const counts = Object.fromEntries(tables.map((name, i) => [name, Number(row.counts[i])]));
  lastCounted.set(sql, { snapshot: row.snapshot, counts });
  return { ...counts };
}
