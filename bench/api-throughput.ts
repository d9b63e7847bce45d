import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type RunningTouchbase, startTouchbase } from '../src/app';
import { loadEnv } from '../src/config/env';
import { ApiTokenRepository } from '../src/db/repositories/api-token-repository';
import { ApiTokenAdmin } from '../src/domain/api-tokens/token-admin';
import { systemClock } from '../src/domain/clock';
import { createLogger } from '../src/observability/logger';
import { SlackDouble } from '../test/support/slack-double';
import type { ApiLoadBlock, ApiLoadPlan, ApiLoadResult } from './api-load-worker';
import { addBenchUsers } from './bench-users';
import type { Benchmark, ResultRow } from './benchmark';
import { peakRssMb } from './peak-rss';
import { summarize } from './stats';
import type { PreparedDatabase } from './targets/prepared-database';
import { countActivities } from './touchbase-under-test';

/**
 * p99 of `POST /api/v1/activities` within 100 ms. An integration posts one activity per
 * event it sees and waits for the answer; 100 ms keeps a synchronous caller (a phone
 * system hanging up a call, a mail gateway) well inside its own timeouts, and leaves the
 * app's share (validation, person lookup, two transactions, the audit row) most of it.
 */
const TARGET_P99_MS = 100;

/**
 * With several clients at once (issue 12): 400 created a second with 8 clients on
 * PostgreSQL, p99 still within TARGET_P99_MS — a sync catching up, or several phone
 * systems at once, on one replica sharing its CPU with the Slack double here. The
 * embedded database is for smaller installations: its figure is reported, not judged.
 */
const TARGET_PER_SECOND = 400;
/**
 * The rate row is a steady-state figure, whatever --requests and --warmup say: the app's
 * CPU per create keeps falling for its first few thousand creates while V8 optimizes it
 * (`npx tsx bench/api-cpu.ts curve`, README "Performance"), and 500 requests at 400 a second
 * are gone in 1.3 s, so one GC pause, checkpoint or other process moves the rate by tens a
 * second. So: at least STEADY_WARMUP unmeasured requests, then at least STEADY_MIN_MS
 * measured (several rounds of the background work a create causes: each person's assignment
 * message is drawn at most once a second, their Home once in 3 s) and --requests.
 */
const STEADY_WARMUP = 3000;
const STEADY_MIN_MS = 10_000;
/** The measured window's rate is also reported per block of this many requests. */
const RATE_BLOCK = 500;
const RESPONSIBLES = 20;
const PERSONS = 500;

type WorkerAnswer = { ok: true; result: ApiLoadResult } | { ok: false; error: string };

/**
 * Activities created per second over the REST API, sequentially and with N clients at
 * once, on the prepared data set (1 M activities by default). Each request names a
 * generated person by external id and a generated employee by Slack id, so every
 * request does the real lookups; the per-token rate limit is off (API_RATE_LIMIT_PER_MINUTE=0).
 */
export const apiThroughput: Benchmark = {
  name: 'api',
  async run(database, settings) {
    const api = await startApiUnderTest(database);
    try {
      const userIds = addBenchUsers(api.double, RESPONSIBLES);
      const workspaceId = database.data.workspaces[0]!.id;
      const token = await createBenchToken(api.app, workspaceId, userIds[0]!);
      const persons = await externalIds(api.app, workspaceId);
      if (persons.length === 0) throw new Error('the prepared data has no persons with an external id');
      // The rate row sends as many as its window takes, reusing these from the first (no
      // idempotency key: each is a new activity).
      const bodies = activityBodies(
        persons,
        userIds,
        Math.max(settings.warmup, STEADY_WARMUP) + settings.requests,
      );
      const rows: ResultRow[] = [];
      for (const concurrency of settings.concurrency > 1 ? [1, settings.concurrency] : [1]) {
        const steady = concurrency > 1;
        const warmup = steady ? Math.max(settings.warmup, STEADY_WARMUP) : settings.warmup;
        settings.log(
          `  POST /api/v1/activities, ${database.kind}, concurrency ${concurrency}: ${warmup} warm-up requests, then ` +
            (steady
              ? `at least ${STEADY_MIN_MS / 1000} s and ${settings.requests} requests (a steady-state rate)`
              : `${settings.requests} requests`),
        );
        const result = await runApiLoad({
          url: `${api.baseUrl}/api/v1/activities`,
          token,
          bodies,
          warmup,
          requests: settings.requests,
          minMeasuredMs: steady ? STEADY_MIN_MS : 0,
          concurrency,
        });
        rows.push(toRow(database, warmup, concurrency, result, await countActivities(api.app)));
      }
      return rows;
    } finally {
      await api.stop();
    }
  },
};

export interface ApiUnderTest {
  double: SlackDouble;
  app: RunningTouchbase;
  baseUrl: string;
  stop(): Promise<void>;
}

/** As bench/touchbase-under-test.ts (jobs only when asked), with the per-token rate limit off. */
export async function startApiUnderTest(database: PreparedDatabase): Promise<ApiUnderTest> {
  const double = await SlackDouble.start();
  const env = loadEnv({
    SLACK_BOT_TOKEN: double.botToken,
    SLACK_API_URL: double.apiUrl,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    PORT: '0',
    LOG_LEVEL: 'warn',
    API_RATE_LIMIT_PER_MINUTE: '0',
    ...database.env,
  });
  let app: RunningTouchbase;
  try {
    app = await startTouchbase({
      env,
      logger: createLogger('warn', process.stderr),
      slackRetryConfig: { retries: 0 },
      // Requests are measured, not the jobs: a digest or reminder tick, or the profile refresh
      // every start runs, would otherwise land in some runs' measured seconds and not in others.
      scheduler: 'manual',
    });
  } catch (error) {
    await double.stop();
    throw error;
  }
  return {
    double,
    app,
    baseUrl: `http://127.0.0.1:${app.port}`,
    async stop() {
      await app.stop();
      await double.stop();
    },
  };
}

/** A token made as /activity admin makes one, by the workspace's first (admin) employee. */
export async function createBenchToken(
  app: RunningTouchbase,
  workspaceId: number,
  adminSlackId: string,
): Promise<string> {
  const [admin] = await app.database.sql.query<{ id: number }>(
    'SELECT id FROM "Employee" WHERE "workspaceId" = $1 AND "slackUserId" = $2',
    [workspaceId, adminSlackId],
  );
  if (!admin) throw new Error(`no employee ${adminSlackId} in the prepared data`);
  const tokens = new ApiTokenAdmin(
    new ApiTokenRepository(app.database.prisma, app.database.plain),
    systemClock,
  );
  const viewer = {
    workspaceId,
    employeeId: Number(admin.id),
    slackUserId: adminSlackId,
    isAdmin: true,
    locale: 'en' as const,
    timezone: 'Europe/Stockholm',
  };
  const created = await tokens.create(viewer, { name: 'API benchmark', scopes: ['activities:write'] });
  return created.secret;
}

async function externalIds(app: RunningTouchbase, workspaceId: number): Promise<string[]> {
  const rows = await app.database.sql.query<{ externalId: string }>(
    `SELECT "externalId" FROM "Person" WHERE "workspaceId" = $1 AND "externalId" IS NOT NULL AND NOT archived
     ORDER BY id LIMIT ${PERSONS}`,
    [workspaceId],
  );
  return rows.map((row) => row.externalId);
}

/**
 * Calls logged by another system: a mix of types, persons and responsibles, none private;
 * numbered from `from`, so later batches carry subjects of their own.
 */
export function activityBodies(persons: string[], responsibles: string[], count: number, from = 0): string[] {
  const types = ['OUTGOING_CALL', 'INCOMING_CALL', 'MEETING', 'FOLLOW_UP'];
  return Array.from({ length: count }, (_, k) => from + k).map((i) =>
    JSON.stringify({
      personExternalId: persons[i % persons.length],
      type: types[i % types.length],
      subject: `Benchmark call ${i + 1}`,
      status: i % 3 === 0 ? 'DONE' : 'NOT_STARTED',
      responsible: responsibles[i % responsibles.length],
      notes: 'Logged by the API throughput benchmark.',
    }),
  );
}

/**
 * The load runs in a worker thread (through tsx's require hook, as bench/load/run-load.ts does);
 * `onBlock` hears of each block of `plan.blockSize` measured answers as it completes.
 */
export async function runApiLoad(
  plan: ApiLoadPlan,
  onBlock?: (block: ApiLoadBlock) => void,
): Promise<ApiLoadResult> {
  const tsx = JSON.stringify(require.resolve('tsx/cjs/api'));
  const script = JSON.stringify(path.join(__dirname, 'api-load-worker.ts'));
  const worker = new Worker(`require(${tsx}).register(); require(${script});`, { eval: true });
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.on('message', (message: WorkerAnswer | { block: ApiLoadBlock }) => {
        if ('block' in message) onBlock?.(message.block);
        else resolve(message);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`API load worker exited early (code ${code})`)));
      worker.postMessage(plan);
    });
    if (!answer.ok) throw new Error(`API load worker failed: ${answer.error}`);
    return answer.result;
  } finally {
    await worker.terminate();
  }
}

function toRow(
  database: PreparedDatabase,
  warmup: number,
  concurrency: number,
  result: ApiLoadResult,
  rows: number,
): ResultRow {
  const measured = summarize(result.latenciesMs);
  const perSecond = result.latenciesMs.length / (result.elapsedMs / 1000);
  return {
    benchmark:
      concurrency > 1
        ? `API POST /activities (${concurrency} concurrent)`
        : 'API POST /activities (sequential)',
    database: database.kind,
    rows,
    requests: result.latenciesMs.length + result.failures,
    p50Ms: measured.p50,
    p95Ms: measured.p95,
    p99Ms: measured.p99,
    baselineP99Ms: Number.NaN,
    ...(concurrency > 1
      ? {
          criterion: {
            name: 'created/s',
            value: perSecond,
            limit: TARGET_PER_SECOND,
            atLeast: true,
            ...(database.kind === 'postgres' ? {} : { informational: true }),
          },
          pass:
            result.failures === 0 &&
            (database.kind !== 'postgres' ||
              (perSecond >= TARGET_PER_SECOND && measured.p99 < TARGET_P99_MS)),
        }
      : {
          criterion: { name: 'p99 ms', value: measured.p99, limit: TARGET_P99_MS },
          pass: result.failures === 0 && measured.p99 <= TARGET_P99_MS,
        }),
    details: {
      concurrency,
      warmup,
      activitiesPerSecond: Math.round(perSecond * 10) / 10,
      elapsedMs: Math.round(result.elapsedMs),
      perSecondByBlock: perSecondByBlock(result.finishedMs, RATE_BLOCK),
      loadCpuMsPerRequest: Math.round((result.loadCpuMs / result.latenciesMs.length) * 100) / 100,
      api: measured,
      failures: result.failures,
      firstFailure: result.firstFailure,
      peakRssMb: peakRssMb(),
    },
  };
}

/** Requests a second in each full block of `size` answers, in order: a steady window has no trend. */
function perSecondByBlock(finishedMs: number[], size: number): number[] {
  const rates: number[] = [];
  for (let end = size; end <= finishedMs.length; end += size) {
    const from = end > size ? finishedMs[end - size - 1]! : 0;
    rates.push(Math.round(size / ((finishedMs[end - 1]! - from) / 1000)));
  }
  return rates;
}
