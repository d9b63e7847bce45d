// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded
// database under DATA_DIR), exactly as the app does at start.
import 'dotenv/config';
import { openDatabase } from './database';
import { resolveDatabaseTarget } from './database-target';

async function main(): Promise<void> {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL, process.env.DATA_DIR ?? './data');
  const database = await openDatabase(target, {
    onMigrated: (applied) =>
      console.log(applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`),
  });
  await database.close();
}

main().catch((error) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
