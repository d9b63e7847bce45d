import { PerformanceObserver } from 'node:perf_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { openDatabase } from '../src/db/database';
import { NameAsTextPool, pgTypes } from '../src/db/pg-pool';
import { type PlainSql, PoolPlainSql } from '../src/db/plain-sql';
import { ActivityRepository } from '../src/db/repositories/activity-repository';
import { databaseTimeouts } from '../src/db/timeouts';
import { visibleTo } from '../src/domain/activities/activity-visibility';
import { PrismaClient } from '../src/generated/prisma/client';
import { HOME_ITEMS_MAX } from '../src/slack/views/home/home-view';
import { sizesFor } from './args';
import { generateData } from './generate';
import { procCpuMs } from './thread-cpu';

/*
 * App Home's read (`unfinishedByDue`) at 1 M activities on PostgreSQL, in-process and
 * interleaved: through Prisma's raw pipeline (as before the plain path) and through the plain
 * path, each on sessions in the server's default time zone and in `TimeZone=UTC` (as the
 * app's now are). Per call: wall time, this process's CPU and GC, and the CPU of the
 * PostgreSQL backends (read from /proc, so the server must run on this machine).
 *   npx tsx bench/home-read-ab.ts prepare          (a few minutes: 1 M activities)
 *   npx tsx bench/home-read-ab.ts run [rounds] [calls per block] [in flight]
 *   npx tsx bench/home-read-ab.ts drop
 */
const SERVER =
  process.env.BENCH_DATABASE_URL?.trim() ||
  process.env.TEST_DATABASE_URL?.trim() ||
  'postgresql://touchbase:touchbase@127.0.0.1:5432/touchbase_test';
const NAME = 'touchbase_home_read_ab';
const UNFINISHED = 300;

const url = () => {
  const u = new URL(SERVER);
  u.pathname = `/${NAME}`;
  return u.toString();
};

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function prepare() {
  await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${NAME}`);
  const database = await openDatabase(
    { kind: 'postgres', url: url() },
    { timeouts: databaseTimeouts(3_600_000) },
  );
  try {
    await generateData(database.sql, sizesFor(1_000_000, 42), { log: console.log });
    // One employee with exactly UNFINISHED unfinished, as the paths benchmark gives its readers.
    const [reader] = await database.sql.query<{ id: number; spare: number }>(
      `SELECT min(id) AS id, max(id) AS spare FROM "Employee" WHERE "workspaceId" = 1`,
    );
    await database.sql.query(
      `UPDATE "Activity" SET "responsibleId" = $2 WHERE id IN (
         SELECT id FROM "Activity" WHERE "responsibleId" = $1 AND status <> 'DONE' AND "deletedAt" IS NULL
         ORDER BY id OFFSET ${UNFINISHED})`,
      [reader?.id, reader?.spare],
    );
  } finally {
    await database.close();
  }
}

interface Variant {
  name: string;
  pool: pg.Pool;
  repository: ActivityRepository;
}

function variants(): Variant[] {
  return [false, true].flatMap((utc) => {
    const pool = new NameAsTextPool({
      connectionString: url(),
      max: 10,
      options: utc ? '-c jit=off -c TimeZone=UTC' : '-c jit=off',
    });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const throughPrisma: PlainSql = {
      query: <T>({ text, values }: { text: string; values: readonly unknown[] }) =>
        prisma.$queryRawUnsafe<T[]>(text, ...values),
    };
    const zone = utc ? 'UTC' : 'server default';
    return [
      { name: `Prisma $queryRaw, ${zone}`, pool, repository: new ActivityRepository(prisma, throughPrisma) },
      {
        name: `plain path,      ${zone}`,
        pool,
        repository: new ActivityRepository(prisma, new PoolPlainSql(pool, pgTypes)),
      },
    ];
  });
}

/** Each value's kind (Date, Decimal, number, array …), to tell the two reads return the same shapes. */
const kinds = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = key === '' ? v : this[key];
    if (raw instanceof Date) return `Date ${raw.toISOString()}`;
    if (typeof raw === 'bigint') return `bigint ${raw}`;
    return raw;
  });

async function run(rounds: number, perBlock: number, inFlight: number) {
  const database = await openDatabase({ kind: 'postgres', url: url() }, { migrate: false });
  const [reader] = await database.sql.query<{ id: number }>(
    `SELECT "responsibleId" AS id FROM "Activity" WHERE "workspaceId" = 1 AND status <> 'DONE'
      AND "deletedAt" IS NULL GROUP BY 1 HAVING count(*) = ${UNFINISHED} ORDER BY 1 LIMIT 1`,
  );
  if (!reader) throw new Error(`no employee with ${UNFINISHED} unfinished: run prepare first`);
  const rule = visibleTo({ workspaceId: 1, employeeId: reader.id });
  const now = new Date();
  const bounds = [now, new Date(now.getTime() + 86_400_000), new Date(now.getTime() + 15 * 86_400_000)];
  const read = (variant: Variant) =>
    variant.repository.unfinishedByDue(rule, { responsibleId: reader.id, bounds, take: HOME_ITEMS_MAX });
  const all = variants();
  const answers = await Promise.all(all.map((variant) => read(variant).then(kinds)));
  console.log(
    `reader ${reader.id}: ${UNFINISHED} unfinished; the same records and value types every way: ${answers.every((a) => a === answers[0])}`,
  );

  const backendsCpu = async () =>
    (
      await database.sql.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [NAME],
      )
    ).reduce((sum, row) => sum + procCpuMs(Number(row.pid)), 0);
  const stats = all.map(() => ({ wall: [] as number[], cpuMs: 0, backendMs: 0, gcMs: 0, gcMax: 0 }));
  let current: (typeof stats)[number] | null = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (current) {
        current.gcMs += entry.duration;
        current.gcMax = Math.max(current.gcMax, entry.duration);
      }
  }).observe({ entryTypes: ['gc'] });

  for (let round = 0; round < rounds; round += 1)
    for (let i = 0; i < all.length; i += 1) {
      const index = (i + round) % all.length;
      const stat = stats[index]!;
      const backendsBefore = await backendsCpu();
      current = stat;
      const cpu = process.cpuUsage();
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          for (let call = 0; call < perBlock; call += 1) {
            const started = performance.now();
            await read(all[index]!);
            stat.wall.push(performance.now() - started);
          }
        }),
      );
      const used = process.cpuUsage(cpu);
      await new Promise((resolve) => setImmediate(resolve));
      current = null;
      stat.cpuMs += (used.user + used.system) / 1000;
      stat.backendMs += (await backendsCpu()) - backendsBefore;
    }

  const at = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!.toFixed(2);
  console.log(`${rounds} rounds × ${perBlock} calls × ${inFlight} in flight per way, interleaved`);
  all.forEach((variant, i) => {
    const s = stats[i]!;
    const n = s.wall.length;
    const sorted = s.wall.slice().sort((a, b) => a - b);
    const mean = (s.wall.reduce((a, b) => a + b, 0) / n).toFixed(2);
    console.log(
      `${variant.name}: wall p50 ${at(sorted, 0.5)} p90 ${at(sorted, 0.9)} p99 ${at(sorted, 0.99)} mean ${mean} ms; ` +
        `per call: app CPU ${(s.cpuMs / n).toFixed(2)} ms (GC ${(s.gcMs / n).toFixed(2)}, longest ${s.gcMax.toFixed(1)}), ` +
        `PostgreSQL backends ${(s.backendMs / n).toFixed(2)} ms`,
    );
  });
  await Promise.all([...new Set(all.map((variant) => variant.pool))].map((pool) => pool.end()));
  await database.close();
}

async function main() {
  const [mode = 'run', rounds = '16', perBlock = '25', inFlight = '1'] = process.argv.slice(2);
  if (mode === 'prepare') return prepare();
  if (mode === 'drop') return admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  if (mode !== 'run')
    throw new Error('usage: home-read-ab.ts prepare | run [rounds] [calls per block] [in flight] | drop');
  return run(Number(rounds), Number(perBlock), Number(inFlight));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
