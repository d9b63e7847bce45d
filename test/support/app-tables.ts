import type { SqlSession } from '../../src/db/sql-driver';

/**
 * The app's tables, by name: every table of the schema but Prisma's bookkeeping of the
 * migrations, so checks over "all tables" keep covering tables added later.
 */
export async function appTables(sql: SqlSession): Promise<string[]> {
  const tables = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  return tables.map((table) => table.table_name);
}

/** A name or text quoted for SQL: `"` for identifiers, `'` for literals. */
export function quoted(text: string, mark: '"' | "'"): string {
  return `${mark}${text.replaceAll(mark, mark + mark)}${mark}`;
}
