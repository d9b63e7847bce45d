import type { Database } from '../../src/db/database';

/** The app's tables per database, read once: nothing changes the schema while a test runs. */
const statements = new WeakMap<Database, Promise<string>>();

/** One statement that counts every table, so a property run pays one round trip, not one per table. */
async function countStatement(database: Database): Promise<string> {
  const tables = await database.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const quote = (text: string, mark: string) => `${mark}${text.replaceAll(mark, mark + mark)}${mark}`;
  return tables
    .map(
      ({ table_name: name }) => `SELECT ${quote(name, "'")} AS name, count(*) AS n FROM ${quote(name, '"')}`,
    )
    .join('\nUNION ALL\n');
}

/**
 * Rows per table of the app's schema, for "nothing was written" checks that keep
 * working when tables are added. Prisma's bookkeeping table is left out.
 */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  let statement = statements.get(database);
  if (!statement) {
    statement = countStatement(database);
    statements.set(database, statement);
    // A database that did not answer (an outage test) is asked again next time.
    statement.catch(() => statements.delete(database));
  }
  const rows = await database.sql.query<{ name: string; n: number | string }>(await statement);
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}
