import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Benchmark, ResultRow } from '../benchmark';
import { databaseEnv, runChildWorker } from '../child-worker';
import type { DataSizes } from '../generate';
import { prepareDigestMorning } from './digest-run';
import { digestAppEnv, digestDouble, digestRunResult } from './run-against-double';

/** The most the embedded database is meant for (README, "Performance"). */
const EMBEDDED_EMPLOYEES = 200;
const EMBEDDED_ACTIVITIES = 500_000;
const RSS_MAX_MB = 300;

interface MemoryBreakdown {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

interface AppResult {
  seconds: number;
  rssBeforeMb: number;
  rssAfterStartMb: number;
  peakRssMb: number;
  /** V8's heap and the memory outside it once started, and when the RSS peaked. */
  atStartMb: MemoryBreakdown;
  atPeakMb: MemoryBreakdown;
}

/** The embedded database's upper size: 200 employees, 500 k activities, every one unfinished. */
function embeddedSizes(quick: boolean, seed: number): DataSizes {
  const scale = quick ? 0.1 : 1;
  return {
    workspaces: 1,
    employees: Math.round(EMBEDDED_EMPLOYEES * scale),
    organizations: Math.round(20_000 * scale),
    persons: Math.round(100_000 * scale),
    activities: Math.round(EMBEDDED_ACTIVITIES * scale),
    seed,
  };
}

const ROOT = path.resolve(__dirname, '..', '..');

/** `npm run build`: the worker runs the compiled app, as `npm start` does. */
async function buildApp(): Promise<void> {
  const tsc = require.resolve('typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT });
}

/**
 * The digest run on PGlite at the largest size the embedded database is for: the
 * compiled app in a process of its own (heap capped, as `npm start` runs it) sends
 * every employee's digest to the Slack double in this process; the app process's peak
 * RSS, PGlite's memory included, must stay within 300 MB. PostgreSQL runs skip it.
 */
export const embeddedDigestRun: Benchmark = {
  name: 'digests-embedded',
  async run(shared, settings) {
    if (shared.kind !== 'pglite') return [];
    const sizes = embeddedSizes(settings.quick, shared.data.sizes.seed);
    const { database, morning, people } = await prepareDigestMorning('pglite', sizes, settings);
    const rate = settings.digestRate;
    const double = await digestDouble(people, rate);
    try {
      settings.log('  compiling the app (npm run build)');
      await buildApp();
      const app = await runChildWorker<AppResult>(path.join(__dirname, 'embedded-app.cjs'), {
        ...digestAppEnv(double, rate),
        ...databaseEnv(database),
        DIGEST_MORNING: morning.toISOString(),
      });
      const run = digestRunResult(double, rate, app.seconds);
      settings.log(
        `  embedded run: ${run.sent} digests in ${run.seconds.toFixed(1)} s, ${run.duplicates} duplicates; peak RSS ${app.peakRssMb} MB (${app.rssAfterStartMb} MB once started, ${app.rssBeforeMb} MB before loading the app); once started ${JSON.stringify(app.atStartMb)}, at the peak ${JSON.stringify(app.atPeakMb)}`,
      );
      const ok = run.duplicates === 0 && run.sent === people.length;
      const row: ResultRow = {
        benchmark: `digest run, embedded size (${sizes.employees} employees), peak RSS`,
        database: 'pglite',
        rows: sizes.activities,
        requests: people.length,
        p50Ms: run.seconds * 1000,
        p95Ms: run.seconds * 1000,
        p99Ms: run.seconds * 1000,
        baselineP99Ms: Number.NaN,
        criterion: { name: 'MB', value: app.peakRssMb, limit: RSS_MAX_MB },
        pass: ok && app.peakRssMb <= RSS_MAX_MB,
        details: { sizes, app, run, rate },
      };
      return [row];
    } finally {
      await double.stop();
      await database.dispose();
    }
  },
};
