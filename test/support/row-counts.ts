import type { Database } from '../../src/db/database';
import { appTables, quoted } from './app-tables';

/** The count statement per database, made once: nothing changes the schema while a test runs. */
const statements = new WeakMap<Database['sql'], Promise<string>>();

/** One statement that counts every table, so a property run pays one round trip, not one per table. */
async function countStatement(sql: Database['sql']): Promise<string> {
  return (await appTables(sql))
    .map((name) => `SELECT ${quoted(name, "'")} AS name, count(*) AS n FROM ${quoted(name, '"')}`)
    .join('\nUNION ALL\n');
}

/**
 * Rows per table of the app's schema, for "nothing was written" checks that keep
 * working when tables are added. Prisma's bookkeeping table is left out.
 */
export async function rowCounts(database: Pick<Database, 'sql'>): Promise<Record<string, number>> {
  const { sql } = database;
  let statement = statements.get(sql);
  if (!statement) {
    statement = countStatement(sql);
    statements.set(sql, statement);
    // A database that did not answer (an outage test) is asked again next time.
    statement.catch(() => statements.delete(sql));
  }
  const rows = await sql.query<{ name: string; n: number | string }>(await statement);
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}
