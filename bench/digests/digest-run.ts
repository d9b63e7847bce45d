import path from 'node:path';
import { openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import type { Benchmark, BenchSettings, ResultRow } from '../benchmark';
import { databaseEnv, runChildWorker } from '../child-worker';
import type { DataSizes } from '../generate';
import type { DatabaseKind, PreparedDatabase } from '../targets/prepared-database';
import { digestMorning, digestSizes, makeDigestMorning } from './digest-data';
import { runDigestsAgainstDouble } from './run-against-double';

const BUILD_SECONDS_MAX = 10;
const BUILD_RSS_MAX_MB = 300;
/** Run time over the time Slack's rate alone needs. */
const RATE_RATIO_MAX = 1.1;

interface BuildResult {
  seconds: number;
  employees: number;
  digests: number;
  items: number;
  blocksMax: number;
  bytes: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

/**
 * A fresh database of these sizes at a digest morning (every activity unfinished, everyone
 * due), and the Slack ids of everyone who gets one. The caller disposes of the database.
 */
export async function prepareDigestMorning(
  kind: DatabaseKind,
  sizes: DataSizes,
  settings: BenchSettings,
): Promise<{ database: PreparedDatabase; morning: Date; people: string[] }> {
  settings.log(`  digests: generating ${JSON.stringify(sizes)} (${kind})`);
  const database = await settings.prepare(kind, sizes);
  try {
    const { DATABASE_URL, DATA_DIR } = databaseEnv(database);
    const setup = await openDatabase(resolveDatabaseTarget(DATABASE_URL, DATA_DIR));
    try {
      const counts = await makeDigestMorning(setup);
      settings.log(`  ${counts.employees} employees, ${counts.unfinished} unfinished activities`);
      const people = (await setup.prisma.employee.findMany({ select: { slackUserId: true } })).map(
        (e) => e.slackUserId,
      );
      return { database, morning: digestMorning(database.data.anchor), people };
    } finally {
      await setup.close();
    }
  } catch (error) {
    await database.dispose();
    throw error;
  }
}

/** The build in a process of its own: its peak RSS is the digest build's, not the bench's. */
function buildInChild(database: PreparedDatabase, morning: Date): Promise<BuildResult> {
  return runChildWorker(path.join(__dirname, 'build-worker.ts'), {
    ...databaseEnv(database),
    DIGEST_MORNING: morning.toISOString(),
  });
}

/**
 * product §5.2 at scale: 5,000 employees with 500 k unfinished activities between them,
 * all due at one morning tick. (1) Building every digest — recipients, the set-based
 * activity queries per batch, the Block Kit message — in a process of its own: time
 * and peak RSS. (2) The whole run through the app against the Slack double limited
 * to R messages a second: run time ÷ (N ÷ R), and duplicates counted by the double.
 */
export const digestRun: Benchmark = {
  name: 'digests',
  async run(shared, settings) {
    const sizes = digestSizes(settings.quick, shared.data.sizes.seed);
    const { database, morning, people } = await prepareDigestMorning(shared.kind, sizes, settings);
    try {
      const build = await buildInChild(database, morning);
      settings.log(
        `  build: ${build.digests} digests (${build.items} items) in ${build.seconds.toFixed(2)} s; peak RSS ${build.peakRssMb} MB (${build.rssBeforeMb} MB with the database open)`,
      );
      const run = await runDigestsAgainstDouble({
        databaseEnv: database.env,
        morning,
        people,
        rate: settings.digestRate,
      });
      settings.log(
        `  run: ${run.sent} sent in ${run.seconds.toFixed(1)} s at ${settings.digestRate}/s → ratio ${run.ratio.toFixed(3)}; duplicates ${run.duplicates}, 429s ${run.rateLimited}`,
      );
      const row = (
        name: string,
        criterion: ResultRow['criterion'],
        pass: boolean,
        ms: number,
      ): ResultRow => ({
        benchmark: name,
        database: shared.kind,
        rows: sizes.activities,
        requests: build.employees,
        p50Ms: ms,
        p95Ms: ms,
        p99Ms: ms,
        baselineP99Ms: Number.NaN,
        criterion,
        pass,
        details: { sizes, build, run, rate: settings.digestRate },
      });
      return [
        row(
          `digest build, ${build.employees} employees`,
          { name: 'seconds', value: build.seconds, limit: BUILD_SECONDS_MAX },
          build.seconds <= BUILD_SECONDS_MAX,
          build.seconds * 1000,
        ),
        row(
          'digest build, peak RSS',
          { name: 'MB', value: build.peakRssMb, limit: BUILD_RSS_MAX_MB },
          build.peakRssMb <= BUILD_RSS_MAX_MB,
          build.seconds * 1000,
        ),
        row(
          `digest run at ${settings.digestRate}/s, ${run.duplicates} duplicates`,
          { name: 'time ÷ (N÷R)', value: run.ratio, limit: RATE_RATIO_MAX },
          run.ratio <= RATE_RATIO_MAX && run.duplicates === 0 && run.sent === build.digests,
          run.seconds * 1000,
        ),
      ];
    } finally {
      await database.dispose();
    }
  },
};
