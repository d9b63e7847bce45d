import { type Database, openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A migrated database of the kind this run tests (PGlite in memory, or a fresh PostgreSQL database). */
export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const created: TestDatabase = await createTestDatabase();
  const database = await openDatabase(resolveDatabaseTarget(created.env.DATABASE_URL, created.env.DATA_DIR));
  return Object.assign(database, {
    async drop() {
      await database.close();
      await created.drop();
    },
  });
}
