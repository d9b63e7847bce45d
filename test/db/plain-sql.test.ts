import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import type { DatabaseTarget } from '../../src/db/database-target';
import { prepared, utcTimestamp, zonedTimestamp } from '../../src/db/plain-sql';
import { ActivityRepository, recordInclude, toRecord } from '../../src/db/repositories/activity-repository';
import { Prisma } from '../../src/generated/prisma/client';
import { seedPgliteDataDir } from '../support/database-template';
import { openTestDatabase } from '../support/test-prisma';

/**
 * The repositories' plain path (issue 12) must give every value as Prisma's raw read
 * gave it, so moving a statement to it changes nothing a caller sees; and a `timestamp`
 * (how Prisma stores DateTime, UTC without a zone) must stay UTC in any process time zone.
 */

/** One of each column type the repositories read, with awkward values. */
const EVERY_TYPE = (at: Date, texts: (string | null)[], flags: boolean[]) => Prisma.sql`
  SELECT 1::int AS "int", 2::smallint AS "small", 9007199254740993::bigint AS "big", count(*) AS "counted",
    1.50::numeric AS "numeric", 1.5::float8 AS "float",
    ${at}::timestamp(3) AS "param", '2026-03-29 01:30:00.123'::timestamp(3) AS "timestamp",
    '2026-03-29 02:30:00'::timestamp(3) AS "wholeSecond",
    ARRAY['2026-03-29 01:30:00.123'::timestamp(3), NULL] AS "timestamps", NULL::timestamp(3) AS "none",
    '2026-03-29 01:30:00.123+02'::timestamptz AS "zoned", '2026-03-29'::date AS "date",
    '{"a":1,"b":[true,null]}'::json AS "json", '{"c":"ä"}'::jsonb AS "jsonb",
    ${texts}::text[] AS "texts", ARRAY[1, 2]::int[] AS "ints", ARRAY[3]::bigint[] AS "bigs",
    ${flags}::boolean[] = ARRAY[true, false] AS "flagsSent",
    true AS "bool", 'DONE'::"ActivityStatus" AS "enum", 'Åsa'::text AS "text"
  FROM (SELECT 1) one`;

const AT = new Date('2026-03-29T00:59:58.007Z');
const TEXTS = ['plain', 'with, comma', 'with "quotes" and \\', null, '', 'NULL'];
const FLAGS = [true, false];

/** What the plain path reads in a process of its own in `zone` (a process's zone is fixed at its start under jest). */
function readInZone(zone: string, target: DatabaseTarget): Record<string, unknown> {
  const probe = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, '..', 'support', 'plain-sql-probe.ts'), JSON.stringify(target)],
    { env: { ...process.env, TZ: zone }, encoding: 'utf8' },
  );
  if (probe.status !== 0) throw new Error(`the probe failed: ${probe.stderr}`);
  return JSON.parse(probe.stdout) as Record<string, unknown>;
}

describe('plain SQL path', () => {
  let db: Database & { drop(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.drop());

  it('reads every column type as Prisma’s $queryRaw does (in UTC, where both are right)', async () => {
    const statement = EVERY_TYPE(AT, TEXTS, FLAGS);
    const [viaPrisma] = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      statement.text,
      ...statement.values,
    );
    const [plain] = await db.plain.query<Record<string, unknown>>(statement);
    expect(plain).toEqual(viaPrisma);
    expect(plain?.big).toBe(9007199254740993n);
    expect(plain?.counted).toBe(1n);
    expect(plain?.numeric).toBeInstanceOf(Prisma.Decimal);
    expect(String(plain?.numeric)).toBe('1.5');
    expect(plain?.param).toEqual(AT);
    expect(plain?.texts).toEqual(TEXTS);
    expect(plain?.enum).toBe('DONE');
  });

  it('reads a named (prepared) statement as the same statement unnamed, its values as they were sent', async () => {
    const statement = EVERY_TYPE(AT, TEXTS, FLAGS);
    const [unnamed] = await db.plain.query<Record<string, unknown>>(statement);
    const named = prepared('plain_every_type', statement);
    expect(await db.plain.query(named)).toEqual([unnamed]);
    expect(await db.plain.query(named)).toEqual([unnamed]);
    expect(await db.plain.query({ ...named, values: [AT, [null, "it's \\ 'quoted'"], [false]] })).toEqual([
      { ...unnamed, texts: [null, "it's \\ 'quoted'"], flagsSent: false },
    ]);
    if (db.target.kind === 'pglite') {
      // Embedded PGlite is one session: the statement stays prepared on it, planned once.
      const names = await db.sql.query<{ name: string }>('SELECT name FROM pg_prepared_statements');
      expect(names.map((row) => row.name)).toContain('plain_every_type');
    }
  });

  it('reads timestamp as UTC and sends Dates as UTC in a process whose time zone is not', async () => {
    // A server database is this test's; embedded, the probe opens a copy of the template in a
    // directory of its own, which costs a third of the CPU of an initdb in memory.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-plain-'));
    let read: Record<string, unknown>;
    try {
      if (db.target.kind === 'pglite') await seedPgliteDataDir(dir);
      const target: DatabaseTarget =
        db.target.kind === 'postgres' ? db.target : { kind: 'pglite', dataDir: path.join(dir, 'pglite') };
      read = readInZone('Europe/Stockholm', target);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // The zone took effect: 01:30 local on this day is 00:30 UTC.
    expect(read.local).toBe('2026-03-29T00:30:00.000Z');
    expect(read.timestamp).toBe('2026-03-29T01:30:00.123Z');
    expect(read.timestamps).toEqual(['2026-03-29T02:30:00.000Z']);
    expect(read.date).toBe('2026-03-29T00:00:00.000Z');
    expect(read.param).toBe('2026-03-29T00:59:58.007Z');
    expect(read.params).toEqual(['2026-03-29T01:00:00.000Z', null]);
    expect(read.zoned).toBe('2026-03-28T23:30:00.123Z');
  });

  it('reads the other column types as the driver read them for Prisma', async () => {
    const [plain] = await db.plain.query<Record<string, unknown>>(EVERY_TYPE(AT, TEXTS, FLAGS));
    expect(plain?.timestamps).toEqual([new Date('2026-03-29T01:30:00.123Z'), null]);
    expect(plain?.wholeSecond).toEqual(new Date('2026-03-29T02:30:00.000Z'));
    expect(plain?.none).toBeNull();
    expect(plain?.json).toEqual({ a: 1, b: [true, null] });
    expect(plain?.jsonb).toEqual({ c: 'ä' });
    expect(plain?.ints).toEqual([1, 2]);
    expect(plain?.bigs).toEqual([3n]);
    expect(plain?.flagsSent).toBe(true);
    expect(plain?.int).toBe(1);
    expect(plain?.float).toBe(1.5);
  });

  it('leaves the parsers of Prisma’s own queries as they were', async () => {
    const workspace = await db.prisma.workspace.create({
      data: { slackTeamId: 'TPLAIN', name: 'Plain', createdAt: AT, updatedAt: AT },
    });
    await db.plain.query(EVERY_TYPE(AT, TEXTS, FLAGS));
    const read = await db.prisma.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
    expect(read.createdAt).toEqual(AT);
    const [raw] = await db.prisma.$queryRaw<{ createdAt: Date; count: bigint }[]>`
      SELECT "createdAt", count(*) OVER () AS "count" FROM "Workspace" WHERE "id" = ${workspace.id}`;
    expect(raw?.createdAt).toEqual(AT);
    expect(raw?.count).toBe(1n);
  });

  it('reads a timestamp’s and a timestamptz’s text as the moment it names', () => {
    expect(utcTimestamp('2026-12-05 23:59:59.999')).toEqual(new Date('2026-12-05T23:59:59.999Z'));
    expect(zonedTimestamp('2026-12-05 23:59:59+05:30')).toEqual(new Date('2026-12-05T18:29:59.000Z'));
    expect(zonedTimestamp('2026-12-05 23:59:59.5-03')).toEqual(new Date('2026-12-06T02:59:59.500Z'));
  });

  it('reads activities with their relations as Prisma’s read of them did', async () => {
    const { prisma } = db;
    const workspace = await prisma.workspace.create({ data: { slackTeamId: 'TREADS', name: 'Reads' } });
    const workspaceId = workspace.id;
    const [anna, bo] = await Promise.all(
      ['UANNA', 'UBO'].map((slackUserId, index) =>
        prisma.employee.create({ data: { workspaceId, slackUserId, name: index === 0 ? 'Anna' : 'Bo' } }),
      ),
    );
    const organization = await prisma.organization.create({ data: { workspaceId, name: 'Berg & Co' } });
    const person = await prisma.person.create({
      data: { workspaceId, name: 'Sven Svensson', organizationId: organization.id },
    });
    const type = await prisma.activityType.create({
      data: { workspaceId, key: 'MEETING', nameEn: 'Meeting', nameSv: 'Möte', position: 1 },
    });
    const base = {
      workspaceId,
      personId: person.id,
      typeId: type.id,
      responsibleId: anna!.id,
      startAt: AT,
      dueAt: AT,
    };
    const created = await Promise.all([
      prisma.activity.create({ data: { ...base, subject: 'Plain', creatorId: bo!.id } }),
      prisma.activity.create({
        data: {
          ...base,
          subject: 'Every column',
          organizationId: organization.id,
          status: 'DONE',
          endAt: new Date(AT.getTime() + 60_000),
          completedAt: AT,
          notes: 'Anteckning, "citat"',
          isPrivate: true,
          creatorId: anna!.id,
          updatedById: bo!.id,
          source: 'API',
          permalink: 'https://example.com/x',
          remindLeadMinutes: 15,
          remindAt: AT,
          outcomeAskAt: AT,
          outcomePostponed: true,
          recurrence: 'FREQ=WEEKLY',
          deletedAt: AT,
          deletedById: bo!.id,
        },
      }),
    ]);
    const activities = new ActivityRepository(prisma, db.plain);
    const rule = { workspaceId, private: 'all', deleted: 'included' } as const;
    const ids = created.map((activity) => activity.id).reverse();
    const viaPrisma = await Promise.all(
      ids.map(async (id) =>
        toRecord(await prisma.activity.findFirstOrThrow({ where: { id }, include: recordInclude })),
      ),
    );
    expect(await activities.findMany(rule, ids)).toEqual(viaPrisma);
    expect(await Promise.all(ids.map((id) => activities.find(rule, id)))).toEqual(viaPrisma);
  });

  it('asks a prepared statement again unprepared when a migration changed its columns', async () => {
    await db.sql.exec('CREATE TABLE "PlainProbe" ("id" int); INSERT INTO "PlainProbe" VALUES (1)');
    const statement = { name: 'plain_probe', text: 'SELECT * FROM "PlainProbe"', values: [] };
    expect(await db.plain.query(statement)).toEqual([{ id: 1 }]);
    await db.sql.exec(`ALTER TABLE "PlainProbe" ADD COLUMN "name" text NOT NULL DEFAULT 'new'`);
    // PostgreSQL refuses the prepared one ("cached plan must not change result type").
    expect(await db.plain.query(statement)).toEqual([{ id: 1, name: 'new' }]);
    expect(await db.plain.query(statement)).toEqual([{ id: 1, name: 'new' }]);
  });
});
