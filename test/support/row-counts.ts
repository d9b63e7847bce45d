import type { Database } from '../../src/db/database';

interface CountStatement {
  tables: string[];
  sql: string;
}

/** What a database held at one snapshot. */
interface Counted {
  snapshot: string;
  counts: Record<string, number>;
}

/** The app's tables per database, read once: nothing changes the schema while a test runs. */
const statements = new WeakMap<Database, Promise<CountStatement>>();
const lastCounted = new WeakMap<Database, Counted>();

/**
 * One statement that counts every table, so a property run pays one round trip, not one per
 * table; it names the snapshot it counted in, to know later whether anything could have changed.
 */
async function countStatement(database: Database): Promise<CountStatement> {
  const rows = await database.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const tables = rows.map((row) => row.table_name);
  const counts = tables.map((name) => `(SELECT count(*) FROM "${name.replaceAll('"', '""')}")`);
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
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const last = lastCounted.get(database);
  if (last) {
    const [now] = await database.sql.query<{ snapshot: string }>(
      'SELECT pg_current_snapshot()::text AS snapshot',
    );
    if (now?.snapshot === last.snapshot) return { ...last.counts };
  }
  let statement = statements.get(database);
  if (!statement) {
    statement = countStatement(database);
    statements.set(database, statement);
    // A database that did not answer (an outage test) is asked again next time.
    statement.catch(() => statements.delete(database));
  }
  const { tables, sql } = await statement;
  const [row] = await database.sql.query<{ snapshot: string; counts: (number | string | bigint)[] }>(sql);
  if (!row) throw new Error('rowCounts: the count statement returned no row');
  const counts = Object.fromEntries(tables.map((name, i) => [name, Number(row.counts[i])]));
  lastCounted.set(database, { snapshot: row.snapshot, counts });
  return { ...counts };
}
