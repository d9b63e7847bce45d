import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { openDatabase } from '../src/db/database';
import { resolveDatabaseTarget } from '../src/db/database-target';
import { messages } from '../src/i18n';
import type { Benchmark, ResultRow } from './benchmark';
import { peakRssMb } from './peak-rss';
import { statsBench } from './stats-bench-setup';

/** The size: an export of 100 k rows. */
const ROWS = 100_000;
/**
 * Our own bound, not the product's: how much the process may grow while exporting. Holding
 * a 100 k-row CSV in memory as a string alone would take more than this.
 */
const GROWTH_LIMIT_MB = 64;
const SAMPLE_MS = 5;

/**
 * `/activity export` as the listener runs it, up to the file it streams to Slack:
 * the visible activities of a range holding about 100 k of them, read page by page
 * and written as CSV to a temporary file. Time, and the resident set size sampled
 * every few milliseconds (peak, and growth over the start).
 */
export const exportRows: Benchmark = {
  name: 'export',
  async run(database, settings) {
    const target = resolveDatabaseTarget(database.env.DATABASE_URL, database.env.DATA_DIR ?? 'memory://');
    const db = await openDatabase(target);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-bench-export-'));
    try {
      const bench = await statsBench(db.prisma, database);
      const range = await rangeHolding(db.prisma, bench.workspace.id, database.data.anchor);
      settings.log(`  export ${range}, ${database.kind}`);
      const file = path.join(dir, 'export.csv');
      const stream = fs.createWriteStream(file);
      global.gc?.();
      const startRss = process.memoryUsage().rss;
      let peakRss = startRss;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, SAMPLE_MS);
      const started = performance.now();
      let outcome: Awaited<ReturnType<typeof bench.services.exportActivities.execute>>;
      try {
        outcome = await bench.services.exportActivities.execute(bench.workspace, bench.admin, {
          text: range,
          m: messages('en'),
          sink: {
            async write(chunk) {
              if (!stream.write(chunk)) await once(stream, 'drain');
            },
          },
        });
        stream.end();
        await finished(stream);
      } finally {
        clearInterval(sampler);
      }
      const seconds = (performance.now() - started) / 1000;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (!outcome.ok) throw new Error(`export refused: ${JSON.stringify(outcome.error)}`);
      const bytes = fs.statSync(file).size;
      const mb = (value: number) => Math.round(value / 2 ** 20);
      const growth = mb(peakRss - startRss);
      const row: ResultRow = {
        benchmark: `export ${outcome.rows.toLocaleString('en-US')} rows to CSV`,
        database: database.kind,
        rows: database.data.sizes.activities,
        requests: 1,
        p50Ms: seconds * 1000,
        p95Ms: seconds * 1000,
        p99Ms: seconds * 1000,
        baselineP99Ms: Number.NaN,
        criterion: { name: 'RSS growth MB', value: growth, limit: GROWTH_LIMIT_MB },
        pass: growth <= GROWTH_LIMIT_MB,
        details: {
          exportedRows: outcome.rows,
          range,
          seconds,
          rowsPerSecond: Math.round(outcome.rows / seconds),
          csvMb: +(bytes / 2 ** 20).toFixed(1),
          rssAtStartMb: mb(startRss),
          peakRssDuringExportMb: mb(peakRss),
          rssGrowthMb: growth,
          processPeakRssMb: peakRssMb(),
        },
      };
      settings.log(
        `  ${outcome.rows} rows, ${row.details.csvMb} MB CSV in ${seconds.toFixed(2)} s; RSS ${mb(startRss)} → peak ${mb(peakRss)} MB`,
      );
      return [row];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await db.close();
    }
  },
};

/**
 * A `from..to` range ending on the data's "today" that holds about ROWS visible
 * activities (fewer in a small run: then the longest range allowed).
 */
async function rangeHolding(
  prisma: Awaited<ReturnType<typeof openDatabase>>['prisma'],
  workspaceId: number,
  anchor: Date,
): Promise<string> {
  const [row] = await prisma.$queryRaw<{ startAt: Date }[]>`
    SELECT a."startAt" FROM "Activity" a
     WHERE a."workspaceId" = ${workspaceId} AND a."deletedAt" IS NULL AND NOT a."isPrivate"
       AND a."startAt" < ${anchor}
     ORDER BY a."startAt" DESC OFFSET ${ROWS} LIMIT 1`;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const longest = new Date(anchor.getTime() - 730 * 24 * 3600 * 1000);
  const from = row && row.startAt > longest ? new Date(row.startAt.getTime() + 24 * 3600 * 1000) : longest;
  return `${day(from)}..${day(new Date(anchor.getTime() - 24 * 3600 * 1000))}`;
}
