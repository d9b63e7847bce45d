import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database';
import { resolveDatabaseTarget } from '../src/db/database-target';
import type { Benchmark, BenchSettings, ResultRow } from './benchmark';
import { peakRssMb } from './peak-rss';
import { summarize } from './stats';
import { statsBench } from './stats-bench-setup';
import type { PreparedDatabase } from './targets/prepared-database';

/** product §11: statistics for one month over 1 M activities within 300 ms (p95 here). */
const TARGET_MS = 300;
/** Each request is a few queries over a month of data: fewer samples than the HTTP benchmarks need. */
const MAX_REQUESTS = 100;
const MAX_WARMUP = 5;

/**
 * `/activity stats month` as the listener computes it (every figure group, one
 * query each, in parallel), for an admin (everyone's numbers: the heaviest) and a
 * staff member (their own). Chart drawing and Slack calls are not part of it.
 */
export const statsMonth: Benchmark = {
  name: 'stats-month',
  async run(database, settings) {
    const target = resolveDatabaseTarget(database.env.DATABASE_URL, database.env.DATA_DIR ?? 'memory://');
    const db = await openDatabase(target);
    try {
      const bench = await statsBench(db.prisma, database);
      const rows: ResultRow[] = [];
      for (const [label, viewer] of [
        ['admin, everyone', bench.admin],
        ['staff, own', bench.staff],
      ] as const) {
        const requests = Math.min(settings.requests, MAX_REQUESTS);
        settings.log(`  stats month (${label}), ${database.kind}, ${requests} requests`);
        const samples: number[] = [];
        let activities = 0;
        for (let i = 0; i < Math.min(settings.warmup, MAX_WARMUP) + requests; i += 1) {
          const started = performance.now();
          const outcome = await bench.services.getStats.execute(bench.workspace, viewer, 'month');
          const elapsed = performance.now() - started;
          if (!outcome.ok) throw new Error(`stats refused: ${JSON.stringify(outcome.error)}`);
          activities = outcome.report.activities.current;
          if (i >= Math.min(settings.warmup, MAX_WARMUP)) samples.push(elapsed);
        }
        rows.push(toRow(database, settings, `stats month (${label})`, samples, activities));
      }
      return rows;
    } finally {
      await db.close();
    }
  },
};

function toRow(
  database: PreparedDatabase,
  _settings: BenchSettings,
  name: string,
  samples: number[],
  activities: number,
): ResultRow {
  const measured = summarize(samples);
  return {
    benchmark: name,
    database: database.kind,
    rows: database.data.sizes.activities,
    requests: samples.length,
    p50Ms: measured.p50,
    p95Ms: measured.p95,
    p99Ms: measured.p99,
    baselineP99Ms: Number.NaN,
    criterion: { name: 'p95 ms', value: measured.p95, limit: TARGET_MS },
    pass: measured.p95 <= TARGET_MS,
    details: { activitiesInMonth: activities, latency: measured, peakRssMb: peakRssMb() },
  };
}
