import fs from 'node:fs';
import path from 'node:path';
import type { ImportJobs } from '../domain/imports/import-jobs';
import type { Logger } from '../observability/logger';
import { IMPORT_SPOOL_DIR } from './routes/import';

/**
 * At start: import jobs left running by a process that died are marked
 * interrupted, and their spooled bodies, when they are on this machine, deleted.
 */
export async function recoverImportJobs(jobs: ImportJobs, logger: Logger): Promise<void> {
  const interrupted = await jobs.recover();
  if (interrupted.length === 0) return;
  logger.warn({ jobs: interrupted }, 'import jobs interrupted by an earlier stop');
  await Promise.all(
    interrupted.map((id) => fs.promises.rm(path.join(IMPORT_SPOOL_DIR, `${id}.csv`), { force: true })),
  );
}
