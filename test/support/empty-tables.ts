import type { SqlSession } from '../../src/db/sql-driver';
import { appTables, quoted } from './app-tables';

/** Per session, read once: nothing changes the schema while a test file runs. */
const statements = new WeakMap<SqlSession, Promise<string>>();

/**
 * Deletes every row of the app's tables and restarts their id sequences, in one statement:
 * the database is then as a new copy of the migrated template is (the migrations insert no
 * rows; test/db/migrate.test.ts checks). TRUNCATE fires no row triggers, so it leaves no
 * tombstones behind. Nothing else may use the database meanwhile (it locks every table).
 */
export async function emptyTables(sql: SqlSession): Promise<void> {
  let statement = statements.get(sql);
  if (!statement) {
    statement = appTables(sql).then(
      (tables) => `TRUNCATE ${tables.map((name) => quoted(name, '"')).join(', ')} RESTART IDENTITY`,
    );
    statements.set(sql, statement);
  }
  await sql.exec(await statement);
}
