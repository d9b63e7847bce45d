import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../src/db/database';
import type { ApiLoadBlock } from './api-load-worker';
import { activityBodies, createBenchToken, runApiLoad, startApiUnderTest } from './api-throughput';
import { sizesFor } from './args';
import { addBenchUsers } from './bench-users';
import { generateData } from './generate';
import { type CpuCategories, startCpuProfile } from './paths/cpu-profile';
import { installQueryLog } from './paths/query-log';
import { procCpuMs, statCpuMs } from './thread-cpu';

const queryLog = process.argv.includes('statements') ? installQueryLog() : null;

/** Where a create's CPU goes, by the code it ran in (builtins count for their caller). */
const SPLIT: CpuCategories = [
  [/^src\/generated\/prisma\/|^node_modules\/@prisma\/client\//, 'Prisma client and query compiler'],
  [/^node_modules\/(@prisma\/adapter-pg|pg|pg-[a-z-]+)\//, 'pg driver'],
  [/^src\/domain\/api-tokens\/|^src\/api\/(auth|rate-limiter)/, 'auth (token)'],
  [/^src\/api\//, 'API routes/services'],
  [
    /^src\/domain\/reminders\/|^src\/slack\/notifiers\/|^src\/slack\/reminders\/|^src\/slack\/views\/|^src\/api\/slack\//,
    'assignment fold, Home, views',
  ],
  [/^src\/slack\/listeners\/home\/|^src\/slack\/home/, 'assignment fold, Home, views'],
  [/^src\/db\//, 'Touchbase repositories'],
  [/^src\/domain\//, 'domain (activity rules)'],
  [/^src\//, 'Touchbase other'],
  [/^test\/support\/slack-double\//, 'Slack double'],
  [/^node_modules\/(@slack|axios)\//, 'Slack Web API client'],
  [/^node_modules\/(express|body-parser|raw-body|router|finalhandler|send|on-finished)/, 'express'],
  [/^node_modules\/zod\//, 'zod'],
  [/^node_modules\/pino/, 'logging'],
  [/^bench\//, 'benchmark'],
  [/^node_modules\//, 'other libraries'],
];

/*
 * CPU time per `POST /api/v1/activities` (issue 12): the app, the Slack double and the load
 * in this process, plus the PostgreSQL backends serving the app (read from /proc, so the
 * server must run on this machine). CPU time depends little on what else the machine does,
 * unlike a wall-clock rate, so two builds can be compared on a shared machine.
 *
 *   npx tsx bench/api-cpu.ts prepare                      # once: a 20 k-activity template database
 *   npx tsx bench/api-cpu.ts run [rounds] [creates] [profile|statements]
 *   API_CPU_RATE=100 npx tsx bench/api-cpu.ts run …        # at most 100 creates a second
 *   npx tsx bench/api-cpu.ts curve [creates] [block]      # warm-up curve from a fresh app
 *
 * Each run copies the template (so every run starts from the same data), warms up with 300
 * creates, then each round makes `creates` activities with 8 clients and waits until the app
 * is idle (the assignment messages and Home redraws they caused done too). The background
 * work per create depends on the rate (a person's message is drawn at most once a second, with
 * whatever came meanwhile), so builds compare best at one rate (API_CPU_RATE). `profile`: where
 * the main thread's time went, by code; `statements`: the statements sent, by kind.
 */

const SERVER =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgresql://touchbase:touchbase@127.0.0.1:5432/touchbase_test';
const TEMPLATE = 'touchbase_apicpu_tpl';
const NAME = `touchbase_apicpu_${process.pid}`;
const url = (name = NAME) => {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

function threads(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
      const name = `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}#${tid}`;
      out.set(name, statCpuMs(stat));
    } catch {}
  }
  return out;
}

async function backendsCpu(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [NAME],
  );
  return rows.reduce((sum, r) => sum + procCpuMs(r.pid), 0);
}

/**
 * The CPU of this database's PostgreSQL backends so far, read synchronously (by process title).
 * Each backend's own figure is remembered, so one that ends (the pool closing an idle
 * connection) keeps what it had used when last seen instead of taking it from the sum.
 */
const backendsSeen = new Map<number, number>();
function backendsCpuByTitle(): number {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${NAME} `)) {
        const ms = procCpuMs(Number(pid));
        if (ms > 0) backendsSeen.set(Number(pid), ms);
      }
    } catch {}
  }
  return [...backendsSeen.values()].reduce((sum, ms) => sum + ms, 0);
}

/**
 * From a freshly started app (no warm-up), `creates` creates with 8 clients in one go, and for
 * each block of them: creates a second, and CPU per create of the process (app, Slack double,
 * load), its main thread, the load thread and PostgreSQL — how long the app takes to warm up.
 */
async function warmupCurve(
  load: (count: number, onBlock: (block: ApiLoadBlock) => void) => Promise<unknown>,
  creates: number,
) {
  const mark = () => ({
    atMs: performance.now(),
    process: (({ user, system }) => (user + system) / 1000)(process.cpuUsage()),
    main: procCpuMs(process.pid, process.pid),
    postgres: backendsCpuByTitle(),
    loadCpuMs: 0,
    answers: 0,
  });
  let last = mark();
  await load(creates, (block) => {
    const now = { ...mark(), loadCpuMs: block.loadCpuMs, answers: block.answers };
    const n = now.answers - last.answers;
    const per = (key: 'process' | 'main' | 'postgres' | 'loadCpuMs') =>
      +((now[key] - last[key]) / n).toFixed(2);
    console.log(
      JSON.stringify({
        creates: `${last.answers + 1}-${now.answers}`,
        perSecond: Math.round(n / ((now.atMs - last.atMs) / 1000)),
        processMsPerCreate: per('process'),
        mainThreadMsPerCreate: per('main'),
        loadThreadMsPerCreate: per('loadCpuMs'),
        postgresMsPerCreate: per('postgres'),
        totalMsPerCreate: +(per('process') + per('postgres')).toFixed(2),
      }),
    );
    last = now;
  });
}

async function main() {
  const [mode = 'run', roundsText = '3', createsText = '1000', profile] = process.argv.slice(2);
  if (!['prepare', 'run', 'curve'].includes(mode))
    throw new Error(
      'usage: api-cpu.ts prepare | run [rounds] [creates] [profile|statements] | curve [creates] [block]',
    );
  if (mode === 'prepare') {
    await admin(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${TEMPLATE}`);
    const database = await openDatabase({ kind: 'postgres', url: url(TEMPLATE) });
    await generateData(database.sql, sizesFor(20_000, 42), { log: console.log });
    await database.close();
    return;
  }
  const rounds = Number(roundsText);
  const creates = Number(createsText);
  const data = { workspaces: [] as { id: number }[] };
  await admin(`CREATE DATABASE ${NAME} TEMPLATE ${TEMPLATE}`);
  const api = await startApiUnderTest({
    kind: 'postgres',
    env: { DATABASE_URL: url() },
    data: data as never,
    reused: true,
    dispose: async () => undefined,
  });
  const watcher = new pg.Client({ connectionString: SERVER });
  await watcher.connect();
  try {
    const userIds = addBenchUsers(api.double, 20);
    const [ws] = await api.app.database.sql.query<{ id: number }>(
      `SELECT id FROM "Workspace" ORDER BY id LIMIT 1`,
    );
    const token = await createBenchToken(api.app, Number(ws!.id), userIds[0]!);
    const persons = (
      await api.app.database.sql.query<{ externalId: string }>(
        `SELECT "externalId" FROM "Person" WHERE "workspaceId" = $1 AND "externalId" IS NOT NULL AND NOT archived ORDER BY id LIMIT 500`,
        [ws!.id],
      )
    ).map((r) => r.externalId);
    let n = 0;
    const bodies = (count: number) => {
      const made = activityBodies(persons, userIds, count, n);
      n += count;
      return made;
    };
    const plan = (count: number) => ({
      url: `${api.baseUrl}/api/v1/activities`,
      token,
      bodies: bodies(count),
      warmup: 0,
      requests: count,
      concurrency: 8,
      perSecond: process.env.API_CPU_RATE ? Number(process.env.API_CPU_RATE) : undefined,
    });
    const load = (count: number) => runApiLoad(plan(count));
    if (mode === 'curve') {
      await warmupCurve(
        (count, onBlock) =>
          runApiLoad({ ...plan(count), blockSize: Number(process.argv[4] ?? 500) }, onBlock),
        Number(process.argv[3] ?? 4000),
      );
      return;
    }
    await load(300);
    await api.app.idle();
    for (let round = 0; round < rounds; round += 1) {
      const profiler = profile === 'profile' ? await startCpuProfile(SPLIT) : null;
      queryLog?.clear();
      queryLog?.record(true);
      const cpu0 = process.cpuUsage();
      const main0 = procCpuMs(process.pid, process.pid);
      const pg0 = await backendsCpu(watcher);
      const th0 = threads();
      const wall0 = performance.now();
      const result = await load(creates);
      const wallLoad = performance.now() - wall0;
      await api.app.idle();
      const cpu = process.cpuUsage(cpu0);
      queryLog?.record(false);
      if (queryLog) {
        const kinds = new Map<string, number>();
        for (const q of queryLog.queries) {
          const key = q.sql.replace(/\s+/g, ' ').slice(0, 110);
          kinds.set(key, (kinds.get(key) ?? 0) + 1);
        }
        console.log(
          `statements per create: ${(queryLog.queries.length / creates).toFixed(2)}, transactions ${queryLog.transactions}`,
        );
        for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 25))
          console.log(`${(v / creates).toFixed(3).padStart(7)}  ${k}`);
      }
      const mainMs = procCpuMs(process.pid, process.pid) - main0;
      const pgMs = (await backendsCpu(watcher)) - pg0;
      const byThread = [...threads()]
        .map(([k, v]) => [k, (v - (th0.get(k) ?? 0)) / creates] as const)
        .filter(([, v]) => v > 0.05)
        .map(([k, v]) => `${k}=${v.toFixed(2)}`);
      console.log(`threads ms/create: ${byThread.join(' ')}`);
      const proc = (cpu.user + cpu.system) / 1000;
      const sorted = [...result.latenciesMs].sort((a, b) => a - b);
      console.log(
        JSON.stringify({
          round,
          creates,
          failures: result.failures,
          firstFailure: result.firstFailure,
          perSecond: Math.round(creates / (wallLoad / 1000)),
          p99: Math.round(sorted[Math.floor(sorted.length * 0.99)]!),
          processMsPerCreate: +(proc / creates).toFixed(2),
          mainThreadMsPerCreate: +(mainMs / creates).toFixed(2),
          loadThreadMsPerCreate: +(result.loadCpuMs / creates).toFixed(2),
          postgresMsPerCreate: +(pgMs / creates).toFixed(2),
          totalMsPerCreate: +((proc + pgMs) / creates).toFixed(2),
        }),
      );
      if (profiler) {
        const byCat = await profiler.stop();
        const rows = Object.entries(byCat)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${(v / creates).toFixed(3).padStart(7)} ms  ${k}`);
        console.log(rows.join('\n'));
      }
    }
  } finally {
    await watcher.end();
    await api.stop();
    await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
