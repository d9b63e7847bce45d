import { type BaselineApp, startBaselineApp } from './baseline-app';
import { addBenchUsers } from './bench-users';
import type { Benchmark, BenchSettings, ResultRow } from './benchmark';
import { type GcSummary, watchGc } from './gc-watch';
import type { TargetSamples } from './load/load-plan';
import { runLoad } from './load/run-load';
import { slashCommandBodies } from './load/slash-bodies';
import { peakRssMb } from './peak-rss';
import { summarize } from './stats';
import type { PreparedDatabase } from './targets/prepared-database';
import { SIGNING_SECRET, startTouchbaseUnderTest, type TouchbaseUnderTest } from './touchbase-under-test';

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
      const bodies = slashCommandBodies(touchbase.double, {
        command: '/activity',
        text: 'help',
        userIds,
        count: settings.warmup + settings.requests,
      });
      const setup: Setup = { database, settings, touchbase, baselineUrl: baseline.url, bodies };
      const rows = await countActivities(touchbase);
      const results: ResultRow[] = [];
      for (const concurrency of settings.concurrency > 1 ? [1, settings.concurrency] : [1]) {
        settings.log(
          `  /activity help, ${database.kind}, ${settings.requests} requests, concurrency ${concurrency}`,
        );
        results.push(toRow(setup, rows, await measure(setup, concurrency)));
      }
      return results;
    } finally {
      await baseline?.stop();
      await touchbase.stop();
    }
  },
};

interface Setup {
  database: PreparedDatabase;
  settings: BenchSettings;
  touchbase: TouchbaseUnderTest;
  baselineUrl: string;
  bodies: string[];
}

interface Measured {
  concurrency: number;
  app: TargetSamples;
  floor: TargetSamples;
  pauses: { touchbase: GcSummary; baseline: GcSummary };
}

async function measure(setup: Setup, concurrency: number): Promise<Measured> {
  const gc = watchGc();
  try {
    const load = await runLoad({
      signingSecret: SIGNING_SECRET,
      targets: [
        { name: 'touchbase', url: setup.touchbase.eventsUrl },
        { name: 'baseline', url: setup.baselineUrl },
      ],
      bodies: setup.bodies,
      warmup: setup.settings.warmup,
      requests: setup.settings.requests,
      concurrency,
      blockSize: Math.max(50, concurrency * 25),
    });
    const [app, floor] = load.targets as [TargetSamples, TargetSamples];
    const pauses = { touchbase: await gc.during(app.spans), baseline: await gc.during(floor.spans) };
    return { concurrency, app, floor, pauses };
  } finally {
    gc.stop();
  }
}

async function countActivities(touchbase: TouchbaseUnderTest): Promise<number> {
  const [row] = await touchbase.app.database.sql.query<{ count: number | string }>(
    'SELECT count(*) AS count FROM "Activity"',
  );
  return Number(row?.count ?? 0);
}

function toRow(setup: Setup, rows: number, { concurrency, app, floor, pauses }: Measured): ResultRow {
  const { database, settings, touchbase } = setup;
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
      // Profile refreshes the app asked the double for: the slow path of the employee lookup.
      usersInfoCalls: touchbase.double.callsTo('users.info').length,
      peakRssMb: peakRssMb(),
    },
  };
}
