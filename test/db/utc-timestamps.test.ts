import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/database';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Prisma stores DateTime in `timestamp(3)` columns as UTC without a zone. Its raw reads
 * (`$queryRaw`: the guarded writes' RETURNING records, digests, reminders, Home) must give
 * that moment whatever the server process's time zone: a Swedish customer's server in
 * Europe/Stockholm once read 10:00 UTC back as 08:00 UTC on PGlite. Jest runs in UTC and a
 * process's zone is fixed at its start, so the reads happen in a child process.
 */
function readInZone(zone: string) {
  const probe = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, '..', 'support', 'utc-timestamps-probe.ts')],
    { env: { ...process.env, TZ: zone }, encoding: 'utf8' },
  );
  if (probe.status !== 0) throw new Error(`the probe failed: ${probe.stderr}`);
  return JSON.parse(probe.stdout) as Record<string, Record<string, unknown>> & { local: string };
}

describe('timestamps in a process whose time zone is not UTC', () => {
  let read: ReturnType<typeof readInZone>;
  beforeAll(() => {
    read = readInZone('Europe/Stockholm');
  });

  it('runs the probe in Swedish summer time', () => {
    // 12:00 local on this day is 10:00 UTC.
    expect(read.local).toBe('2026-06-15T10:00:00.000Z');
  });

  it('gives an activity’s times as written after a guarded write, with and without a transaction', () => {
    expect(read.updated).toEqual({
      startAt: '2026-06-15T10:00:00.000Z',
      dueAt: '2026-06-15T10:00:00.000Z',
      updatedAt: '2026-06-15T10:00:00.000Z',
    });
    expect(read.deleted).toEqual({
      startAt: '2026-06-15T10:00:00.000Z',
      deletedAt: '2026-06-15T10:00:00.000Z',
    });
  });

  it('reads timestamp, timestamptz and date columns of $queryRaw as the moments they name', () => {
    expect(read.raw).toEqual({
      timestamp: '2026-06-15T10:00:00.123Z',
      timestamps: ['2026-06-15T10:00:00.000Z', null],
      date: '2026-06-15T00:00:00.000Z',
      dates: ['2026-06-15T00:00:00.000Z'],
      zoned: '2026-06-15T10:00:00.500Z',
      zonedArray: ['2026-06-15T10:00:00.000Z'],
      param: '2026-06-15T10:00:00.000Z',
      paramAsWritten: '2026-06-15 10:00:00',
      zonedParamIsUtc: true,
    });
  });

  it('writes a Date parameter of a raw statement as UTC', () => {
    expect(read.rawWriteReadByModel).toBe('2026-06-15T10:00:00.000Z');
    expect(read.raw?.paramAsWritten).toBe('2026-06-15 10:00:00');
  });
});

/** 10:00 UTC, 12:00 in Stockholm. */
const AT = new Date('2026-06-15T10:00:00.000Z');

describe('timestamps in a database session whose time zone is not UTC', () => {
  let created: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    created = await createTestDatabase();
    if (created.target.kind === 'postgres') {
      // A server's own default: Debian's initdb writes the machine's zone into postgresql.conf.
      const admin = new pg.Client({ connectionString: created.target.url });
      await admin.connect();
      try {
        const name = new URL(created.target.url).pathname.slice(1);
        await admin.query(`ALTER DATABASE "${name}" SET timezone = 'Europe/Stockholm'`);
      } finally {
        await admin.end();
      }
      db = await openDatabase(created.target, { migrate: false });
    } else {
      db = await openDatabase(created.target, { migrate: false });
      // Embedded PGlite has one session: its zone is that session's.
      await db.sql.exec(`SET TIME ZONE 'Europe/Stockholm'`);
    }
  });
  afterAll(async () => {
    await db?.close();
    await created?.drop();
  });

  it('reads timestamptz as the moment it names and sends a Date as that moment', async () => {
    const [raw] = await db.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT '2026-06-15 12:00:00+02'::timestamptz AS "zoned",
        ARRAY['2026-06-15 12:00:00+02'::timestamptz] AS "zonedArray",
        ${AT}::timestamptz = '2026-06-15 10:00:00+00'::timestamptz AS "zonedParamIsUtc",
        ${AT}::timestamp(3) AS "param"`;
    expect(raw).toEqual({ zoned: AT, zonedArray: [AT], zonedParamIsUtc: true, param: AT });
    const [plain] = await db.plain.query<Record<string, unknown>>({
      text: `SELECT '2026-06-15 12:00:00+02'::timestamptz AS "zoned"`,
      values: [],
    });
    expect(plain?.zoned).toEqual(AT);
  });
});
