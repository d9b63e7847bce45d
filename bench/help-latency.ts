import { type BaselineApp, startBaselineApp } from './baseline-app';
import { addBenchUsers } from './bench-users';
import type { Benchmark, ResultRow } from './benchmark';
import {
  type BaselineSetup,
  type Measured,
  measureBesideBaseline,
  type RequestsFor,
} from './beside-baseline';
import { slashCommandBodies } from './load/slash-bodies';
import { peakRssMb } from './peak-rss';
import { summarize } from './stats';
import type { PreparedDatabase } from './targets/prepared-database';
import { countActivities, SIGNING_SECRET, startTouchbaseUnderTest } from './touchbase-under-test';

/** p99(Touchbase) / p99(empty Bolt app): what the app adds may at most half again Bolt's own cost. */
const TARGET_RATIO = 1.5;
const USERS = 50;

/**
 * `/activity help` from signed POST to the ephemeral answer, beside an empty Bolt app
 * measured the same way in the same run. The help needs no activity rows, but every
 * request resolves the workspace and the employee, which a large database must not slow.
 */
export const helpLatency: Benchmark = {
  name: 'help',
  async run(database, settings) {
    const touchbase = await startTouchbaseUnderTest(database);
    let baseline: BaselineApp | undefined;
    try {
      baseline = await startBaselineApp(touchbase.double, SIGNING_SECRET);
      const userIds = addBenchUsers(touchbase.double, USERS);
      const help: RequestsFor = async (_target, count) => ({
        bodies: slashCommandBodies(touchbase.double, { command: '/activity', text: 'help', userIds, count }),
      });
      const setup: Setup = { database, settings, touchbase, baselineUrl: baseline.url };
      const rows = await countActivities(touchbase.app);
      const results: ResultRow[] = [];
      for (const concurrency of settings.concurrency > 1 ? [1, settings.concurrency] : [1]) {
        settings.log(
          `  /activity help, ${database.kind}, ${settings.requests} requests, concurrency ${concurrency}`,
        );
        results.push(toRow(setup, rows, await measureBesideBaseline(setup, help, 'ephemeral', concurrency)));
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
}

function toRow(setup: Setup, rows: number, one: Measured): ResultRow {
  const { concurrency, app, floor, pauses } = one;
  const { database, settings } = setup;
  const measured = summarize(app.latenciesMs);
  const base = summarize(floor.latenciesMs);
  const ratio = measured.p99 / base.p99;
  const failures = app.failures + floor.failures;
  return {
    benchmark: concurrency > 1 ? `/activity help (${concurrency} concurrent)` : '/activity help (sequential)',
    database: database.kind,
    rows,
    requests: settings.requests,
    p50Ms: measured.p50,
    p95Ms: measured.p95,
    p99Ms: measured.p99,
    baselineP99Ms: base.p99,
    criterion: { name: 'ratio p99', value: ratio, limit: TARGET_RATIO },
    pass: failures === 0 && ratio <= TARGET_RATIO,
    details: {
      concurrency,
      warmup: settings.warmup,
      users: USERS,
      touchbase: { ...measured, gc: pauses.touchbase },
      baseline: { ...base, gc: pauses.baseline },
      failures,
      firstFailure: app.firstFailure ?? floor.firstFailure,
      usersInfoCalls: one.usersInfoCalls,
      peakRssMb: peakRssMb(),
    },
  };
}
