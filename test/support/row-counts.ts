import type { Database } from '../../src/db/database';

/**
 * Rows per table of the app's schema, for "nothing was written" checks that keep
 * working when tables are added. Prisma's bookkeeping table is left out.
 */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const tables = await database.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: name } of tables) {
    const [row] = await database.sql.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`,
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}
