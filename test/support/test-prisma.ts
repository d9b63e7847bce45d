import { type Database, openDatabase } from '../../src/db/database';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A migrated database of the kind this run tests (PGlite in memory, or a fresh PostgreSQL database). */
export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const created: TestDatabase = await createTestDatabase();
  const database = await openDatabase(created.target);
  return Object.assign(database, {
    async drop() {
      await database.close();
      await created.drop();
    },
  });
}
