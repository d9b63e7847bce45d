// Imports one CSV file into a workspace of its own, in a process of its own so its
// peak RSS is the import's alone; prints one JSON line with the figures.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database';
import { resolveDatabaseTarget } from '../src/db/database-target';
import { ImportRepository } from '../src/db/repositories/import-repository';
import { WorkspaceRepository } from '../src/db/repositories/workspace-repository';
import { systemClock } from '../src/domain/clock';
import { ImportContacts } from '../src/domain/imports/import-contacts';
import { WorkspaceService } from '../src/domain/workspaces/workspace-service';
import { rssSampler } from './rss-sampler';

async function main(): Promise<void> {
  const file = process.env.IMPORT_FILE ?? '';
  const rss = rssSampler();
  const database = await openDatabase(
    resolveDatabaseTarget(process.env.DATABASE_URL, process.env.DATA_DIR ?? ''),
  );
  try {
    const workspace = await new WorkspaceService(new WorkspaceRepository(database.prisma), {
      locale: 'en',
      timezone: 'Europe/Stockholm',
      holidayCountry: null,
    }).ensure(`TBENCHIMPORT${Date.now()}`, 'Import benchmark');
    const rssBeforeMb = rss.peakMb();
    let errors = 0;
    const started = performance.now();
    const summary = await new ImportContacts(new ImportRepository(database.prisma), systemClock).execute(
      () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
      { workspaceId: workspace.id, locale: 'en', onError: () => void errors++ },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ summary, errors, seconds, peakRssMb: rss.peakMb(), rssBeforeMb }));
  } finally {
    rss.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
