import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTouchbase } from '../../src/app';
import { loadEnv } from '../../src/config/env';
import { openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import { createLogger } from '../../src/observability/logger';
import { SlackDouble } from '../../test/support/slack-double';
import type { Benchmark, ResultRow } from '../benchmark';
import type { PreparedDatabase } from '../targets/prepared-database';
import { PRODUCTION_NODE_ARGS } from '../worker-node-args';
import { digestMorning, digestSizes, makeDigestMorning } from './digest-data';

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

function envOf(database: PreparedDatabase): { DATABASE_URL: string; DATA_DIR: string } {
  return { DATABASE_URL: database.env.DATABASE_URL ?? '', DATA_DIR: database.env.DATA_DIR ?? 'memory://' };
}

/** The build in a process of its own: its peak RSS is the digest build's, not the bench's. */
function buildInChild(database: PreparedDatabase, morning: Date): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...PRODUCTION_NODE_ARGS, '--import', 'tsx', path.join(__dirname, 'build-worker.ts')],
      {
        env: { ...process.env, ...envOf(database), DIGEST_MORNING: morning.toISOString() },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`digest build worker exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as BuildResult);
    });
  });
}

/**
 * SPEC 5.2 at scale: 5,000 employees with 500 k unfinished activities between them,
 * all due at one morning tick. (1) Building every digest — recipients, the set-based
 * activity queries per batch, the Block Kit message — in a process of its own: time
 * and peak RSS. (2) The whole run through the app against the Slack double limited
 * to R messages a second: run time ÷ (N ÷ R), and duplicates counted by the double.
 */
export const digestRun: Benchmark = {
  name: 'digests',
  async run(shared, settings) {
    const sizes = digestSizes(settings.quick, shared.data.sizes.seed);
    settings.log(`  digests: generating ${JSON.stringify(sizes)} (${shared.kind})`);
    const database = await settings.prepare(shared.kind, sizes);
    try {
      const morning = digestMorning(database.data.anchor);
      const setup = await openDatabase(
        resolveDatabaseTarget(envOf(database).DATABASE_URL, envOf(database).DATA_DIR),
      );
      let people: string[];
      try {
        const counts = await makeDigestMorning(setup);
        settings.log(`  ${counts.employees} employees, ${counts.unfinished} unfinished activities`);
        people = (await setup.prisma.employee.findMany({ select: { slackUserId: true } })).map(
          (e) => e.slackUserId,
        );
      } finally {
        await setup.close();
      }

      const build = await buildInChild(database, morning);
      settings.log(
        `  build: ${build.digests} digests (${build.items} items) in ${build.seconds.toFixed(2)} s; peak RSS ${build.peakRssMb} MB (${build.rssBeforeMb} MB with the database open)`,
      );
      const run = await runAgainstDouble(database, morning, people, settings.digestRate);
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

async function runAgainstDouble(database: PreparedDatabase, morning: Date, people: string[], rate: number) {
  const double = await SlackDouble.start();
  for (const id of people) double.addUser({ id, name: id.toLowerCase(), tz: 'Europe/Stockholm' });
  double.rateLimit('chat.postMessage', rate);
  const env = loadEnv({
    SLACK_BOT_TOKEN: double.botToken,
    SLACK_API_URL: double.apiUrl,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DIGEST_RATE_PER_SECOND: String(rate),
    ...database.env,
  });
  const app = await startTouchbase({
    env,
    logger: createLogger('warn', process.stderr),
    clock: { now: () => morning },
    scheduler: 'manual',
  });
  try {
    const started = performance.now();
    // One tick serves everyone due; a second finds nobody left (or what failed, after its wait).
    for (let tick = 0; tick < 5; tick++) {
      const summary = await app.runDigestTick();
      if (!summary || summary.due === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const posts = double.succeededCalls('chat.postMessage');
    const perChannel = new Map<string, number>();
    for (const call of posts) {
      const channel = String((call.response as { channel?: string }).channel);
      perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
    }
    const duplicates = [...perChannel.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const rateLimited = double.callsTo('chat.postMessage').filter((call) => call.status === 429).length;
    const sent = posts.length;
    return { sent, seconds, ratio: seconds / (sent / rate), duplicates, rateLimited };
  } finally {
    await app.stop();
    await double.stop();
  }
}
