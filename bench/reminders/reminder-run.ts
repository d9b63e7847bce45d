import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import type { Benchmark, ResultRow } from '../benchmark';
import { databaseEnv, runChildWorker } from '../child-worker';
import { digestAppEnv, digestDouble } from '../digests/run-against-double';
import { makeReminderHour, reminderHour, reminderSizes } from './reminder-data';

/** Product §5.4 at scale: every reminder out within a minute of its moment (p99). */
const LATE_P99_MAX_SECONDS = 60;
const ROOT = path.resolve(__dirname, '..', '..');

interface AppResult {
  seconds: number;
  rssAfterStartMb: number;
  peakRssMb: number;
}

/** How much faster than the wall clock the app's clock runs (REMINDER_BENCH_SPEED; the hour takes 60 ÷ speed minutes). */
function speedOf(quick: boolean): number {
  const given = Number(process.env.REMINDER_BENCH_SPEED);
  return Number.isFinite(given) && given > 0 ? given : quick ? 20 : 6;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * 100,000 activities starting within one hour across 5,000 employees, each reminding 15
 * minutes before: the compiled app in a process of its own, its clock running `speed`
 * times the wall clock, ticking each (fast) minute and posting to the Slack double at
 * R messages a (fast) second. How late each reminder reached Slack after its moment
 * (p50, p95, p99, in the app's time), duplicates, and the app process's peak RSS.
 * The time compression makes it harder than the real hour: the app gets 1/speed of
 * the wall time per reminder.
 */
export const reminderRun: Benchmark = {
  name: 'reminders',
  async run(shared, settings) {
    const sizes = reminderSizes(settings.quick, shared.data.sizes.seed);
    const speed = speedOf(settings.quick);
    settings.log(`  reminders: generating ${JSON.stringify(sizes)} (${shared.kind})`);
    const database = await settings.prepare(shared.kind, sizes);
    try {
      const from = reminderHour(database.data.anchor);
      const env = databaseEnv(database);
      const setup = await openDatabase(resolveDatabaseTarget(env.DATABASE_URL, env.DATA_DIR));
      let people: string[];
      try {
        const made = await makeReminderHour(setup, from);
        settings.log(`  ${made.activities} activities starting within one hour`);
        people = (await setup.prisma.employee.findMany({ select: { slackUserId: true } })).map(
          (employee) => employee.slackUserId,
        );
      } finally {
        await setup.close();
      }
      const wallRate = settings.digestRate * speed;
      const double = await digestDouble(people, wallRate);
      try {
        settings.log('  compiling the app (npm run build)');
        await promisify(execFile)(
          process.execPath,
          [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
          {
            cwd: ROOT,
          },
        );
        settings.log(
          `  running one hour at ${speed}× (${(60 / speed).toFixed(1)} min), ${settings.digestRate} messages/s`,
        );
        const app = await runChildWorker<AppResult>(path.join(__dirname, 'reminder-app.cjs'), {
          ...digestAppEnv(double, Math.min(wallRate, 1000)),
          REMINDER_WALL_RATE: String(wallRate),
          ...env,
          REMINDER_FROM: new Date(from.getTime() - 60_000).toISOString(),
          REMINDER_UNTIL: new Date(from.getTime() + 62 * 60_000).toISOString(),
          REMINDER_SPEED: String(speed),
        });
        const check = await openDatabase(resolveDatabaseTarget(env.DATABASE_URL, env.DATA_DIR));
        let late: number[];
        let sentRows: number;
        let other: number;
        try {
          const rows = await check.prisma.reminderDelivery.findMany({
            select: { status: true, remindAt: true, sentAt: true },
          });
          const sent = rows.filter((row) => row.status === 'SENT' && row.sentAt);
          sentRows = sent.length;
          other = rows.length - sent.length;
          late = sent
            .map((row) => ((row.sentAt as Date).getTime() - row.remindAt.getTime()) / 1000)
            .sort((a, b) => a - b);
        } finally {
          await check.close();
        }
        const posts = double.succeededCalls('chat.postMessage').length;
        const duplicates = Math.max(0, posts - sentRows);
        const p = { p50: percentile(late, 50), p95: percentile(late, 95), p99: percentile(late, 99) };
        const max = late.at(-1) ?? Number.NaN;
        settings.log(
          `  ${sentRows} of ${sizes.activities} sent (${other} not sent), ${duplicates} duplicates; late p50 ${p.p50.toFixed(1)} s, p95 ${p.p95.toFixed(1)} s, p99 ${p.p99.toFixed(1)} s, max ${max.toFixed(1)} s; peak RSS ${app.peakRssMb} MB (${app.rssAfterStartMb} MB once started); ${app.seconds.toFixed(0)} s wall`,
        );
        const details = {
          sizes,
          speed,
          rate: settings.digestRate,
          app,
          sent: sentRows,
          other,
          duplicates,
          late: { ...p, max },
        };
        const row = (name: string, criterion: ResultRow['criterion'], pass: boolean): ResultRow => ({
          benchmark: name,
          database: shared.kind,
          rows: sizes.activities,
          requests: sentRows,
          p50Ms: p.p50 * 1000,
          p95Ms: p.p95 * 1000,
          p99Ms: p.p99 * 1000,
          baselineP99Ms: Number.NaN,
          criterion,
          pass,
          details,
        });
        return [
          row(
            `reminders, ${sizes.activities} within an hour at ${settings.digestRate}/s (${speed}× clock), ${duplicates} duplicates`,
            { name: 'late p99 s', value: p.p99, limit: LATE_P99_MAX_SECONDS },
            p.p99 <= LATE_P99_MAX_SECONDS && duplicates === 0 && sentRows === sizes.activities,
          ),
          row(
            'reminders, app peak RSS',
            { name: 'MB', value: app.peakRssMb, limit: 300, informational: true },
            true,
          ),
        ];
      } finally {
        await double.stop();
      }
    } finally {
      await database.dispose();
    }
  },
};
