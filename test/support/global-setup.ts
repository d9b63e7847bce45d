import { ensurePgliteTemplate, ensurePostgresTemplate } from './database-template';
import { postgresUrl } from './test-database';

/** Once per jest run, before any test file: the migrated template the test databases copy. */
export default async function globalSetup(): Promise<void> {
  if (postgresUrl) await ensurePostgresTemplate(postgresUrl);
  else await ensurePgliteTemplate();
}
