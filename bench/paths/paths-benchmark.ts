import { type BaselineApp, startBaselineApp } from '../baseline-app';
import type { Benchmark, ResultRow } from '../benchmark';
import {
  arrivalsAt,
  type BaselineSetup,
  type Measured,
  measureBesideBaseline,
  settleApp,
} from '../beside-baseline';
import type { TargetSamples } from '../load/load-plan';
import { runLoad } from '../load/run-load';
import { peakRssMb } from '../peak-rss';
import { type LatencySummary, summarize } from '../stats';
import type { PreparedDatabase } from '../targets/prepared-database';
import { countActivities, SIGNING_SECRET, startTouchbaseUnderTest } from '../touchbase-under-test';
import { startCpuProfile } from './cpu-profile';
import { preparePathFixtures } from './path-fixtures';
import { analyseProfile, describeProfile, type PathProfile } from './path-profile';
import { type UserPath, userPaths } from './path-requests';
import { installQueryLog, type QueryLog } from './query-log';

/** Sequential, on PostgreSQL: what Touchbase adds to the empty Bolt app's p99 (issue 12). */
const TARGET_ADDED_P99_MS = 25;
/** With requests in flight together, on both databases. */
const TARGET_LOADED_P99_MS = 300;
/**
 * `BENCH_PATHS=home,contact` runs only the paths whose names contain one of the words
 * (case-insensitive): a quicker loop while working on one path.
 */
function chosenPaths(paths: UserPath[]): UserPath[] {
  const words = (process.env.BENCH_PATHS ?? '')
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return paths;
  return paths.filter((path) => words.some((word) => path.name.toLowerCase().includes(word)));
}

/** Requests of each of the two sequential runs that profile a path (queries logged; CPU sampled). */
const PROFILE_REQUESTS = 100;

/**
 * The paths users wait on (issue 12), each sequential and with N requests in flight,
 * each beside the empty Bolt app answering the same requests in the same run: from
 * the signed POST to what the user sees (the ack's answer, or the Web API call the
 * Slack double received). A sequential run per path afterwards counts its queries and
 * samples where its CPU time goes.
 */
export const userPathLatency: Benchmark = {
  name: 'paths',
  async run(database, settings) {
    const queryLog = installQueryLog();
    const touchbase = await startTouchbaseUnderTest(database);
    let baseline: BaselineApp | undefined;
    try {
      baseline = await startBaselineApp(touchbase.double, SIGNING_SECRET);
      const levels = settings.concurrency > 1 ? [1, settings.concurrency] : [1];
      const perRow = settings.warmup + settings.requests;
      const profiled = Math.min(PROFILE_REQUESTS, settings.requests);
      settings.log(`  user paths, ${database.kind}: preparing users, forms and cards`);
      const fixtures = await preparePathFixtures(touchbase, database, levels.length * perRow + 2 * profiled);
      const rows = await countActivities(touchbase.app);
      const setup: Setup = { database, settings, touchbase, baselineUrl: baseline.url, queryLog, rows };
      const results: ResultRow[] = [];
      for (const path of chosenPaths(userPaths(touchbase.double, touchbase.app.database, fixtures))) {
        const measured: Measured[] = [];
        for (const concurrency of levels) {
          settings.log(
            `  ${path.name}, ${database.kind}, ${settings.requests} requests, concurrency ${concurrency}`,
          );
          measured.push(await measureBesideBaseline(setup, path.requests, path.expect, concurrency));
        }
        const profile = await profilePath(setup, path, profiled);
        settings.log(`    where the time goes (${profile.requests} sequential): ${describeProfile(profile)}`);
        for (const one of measured) {
          const own = one.concurrency === 1 ? profile : undefined;
          results.push(toRow(setup, path.name, one, one.app.latenciesMs, one.floor.latenciesMs, own));
          if (path.ackName)
            results.push(toRow(setup, path.ackName, one, one.app.ackLatenciesMs, one.floor.ackLatenciesMs));
        }
      }
      return results;
    } finally {
      await baseline?.stop();
      await touchbase.stop();
    }
  },
};

interface Setup extends BaselineSetup {
  database: PreparedDatabase;
  queryLog: QueryLog;
  rows: number;
}

/**
 * Two sequential runs of `count` requests: one with every statement logged, for the
 * queries and the time in the database (left undisturbed by the profiler), then one
 * with the CPU sampled, for where the time outside the database goes.
 */
async function profilePath(setup: Setup, path: UserPath, count: number): Promise<PathProfile> {
  const { touchbase, queryLog } = setup;
  const traced = await sequentialRun(setup, path, count, () => {
    queryLog.clear();
    queryLog.record(true);
    return async () => queryLog.record(false);
  });
  const slackCalls: Record<string, number> = {};
  for (const call of touchbase.double.calls) slackCalls[call.method] = (slackCalls[call.method] ?? 0) + 1;
  let cpuMs: Record<string, number> = {};
  await sequentialRun(setup, path, count, async () => {
    const cpu = await startCpuProfile();
    return async () => {
      cpuMs = await cpu.stop();
    };
  });
  return analyseProfile({
    traces: traced.traces,
    queries: queryLog.queries,
    transactions: queryLog.transactions,
    slackCalls,
    cpuMs,
  });
}

/** `count` requests one after another, with something watching them; the double's calls are kept until the next. */
async function sequentialRun(
  setup: Setup,
  path: UserPath,
  count: number,
  watch: () => Promise<() => Promise<void>> | (() => Promise<void>),
): Promise<TargetSamples> {
  const { touchbase } = setup;
  const requests = await path.requests('touchbase', count);
  // What the run before left to do (Homes waiting for their redraw) is not this run's.
  await touchbase.app.idle();
  touchbase.double.clearCalls();
  const stop = await watch();
  let samples: TargetSamples;
  try {
    const load = await runLoad(
      {
        signingSecret: SIGNING_SECRET,
        targets: [{ name: 'touchbase', url: touchbase.eventsUrl, ...requests }],
        expect: path.expect,
        warmup: 0,
        requests: count,
        concurrency: 1,
        blockSize: count,
        trace: true,
        settleBetween: true,
      },
      arrivalsAt(touchbase),
      settleApp(touchbase),
    );
    samples = load.targets[0]!;
  } finally {
    await stop();
  }
  if (samples.failures > 0)
    throw new Error(`${path.name}: ${samples.failures} failed, e.g. ${samples.firstFailure}`);
  return samples;
}

function toRow(
  setup: Setup,
  name: string,
  one: Measured,
  appMs: number[],
  floorMs: number[],
  profile?: PathProfile,
): ResultRow {
  const { database, settings } = setup;
  const measured = summarize(appMs);
  const base = summarize(floorMs);
  const failures = one.app.failures + one.floor.failures;
  const sequential = one.concurrency === 1;
  const criterion: ResultRow['criterion'] = sequential
    ? {
        name: 'p99 − baseline ms',
        value: measured.p99 - base.p99,
        limit: TARGET_ADDED_P99_MS,
        // The sequential target is PostgreSQL's; the embedded database's figure is reported beside it.
        ...(database.kind === 'postgres' ? {} : { informational: true }),
      }
    : { name: 'p99 ms', value: measured.p99, limit: TARGET_LOADED_P99_MS };
  return {
    benchmark: `${name} (${sequential ? 'sequential' : `${one.concurrency} concurrent`})`,
    database: database.kind,
    rows: setup.rows,
    requests: settings.requests,
    p50Ms: measured.p50,
    p95Ms: measured.p95,
    p99Ms: measured.p99,
    baselineP99Ms: base.p99,
    criterion,
    pass: failures === 0 && (criterion.informational === true || criterion.value <= criterion.limit),
    details: {
      concurrency: one.concurrency,
      warmup: settings.warmup,
      ratioP99: ratio(measured, base),
      touchbase: { ...measured, gc: one.pauses.touchbase },
      baseline: { ...base, gc: one.pauses.baseline },
      failures,
      firstFailure: one.app.firstFailure ?? one.floor.firstFailure,
      usersInfoCalls: one.usersInfoCalls,
      ...(profile ? { profile } : {}),
      peakRssMb: peakRssMb(),
    },
  };
}

function ratio(app: LatencySummary, floor: LatencySummary): number {
  return app.p99 / floor.p99;
}
