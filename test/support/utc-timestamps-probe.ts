import { ActivityRepository } from '../../src/db/repositories/activity-repository';
import { openTestDatabase } from './test-prisma';

/**
 * Run as its own process (test/db/utc-timestamps.test.ts) with a time zone that is not UTC:
 * a process's zone is fixed at its start for code under jest. Prints, as ISO text, what
 * Prisma's raw reads and an activity repository's guarded writes gave back.
 */

/** 10:00 UTC in Swedish summer time (12:00 in Stockholm). */
const AT = new Date('2026-06-15T10:00:00.000Z');
const iso = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(iso) : value;
const isoRow = (row: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, iso(value)]));

async function main() {
  const db = await openTestDatabase();
  try {
    const { prisma } = db;
    const [raw] = await prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT '2026-06-15 10:00:00.123'::timestamp(3) AS "timestamp",
        ARRAY['2026-06-15 10:00:00'::timestamp(3), NULL] AS "timestamps",
        '2026-06-15'::date AS "date", ARRAY['2026-06-15'::date] AS "dates",
        '2026-06-15 12:00:00.5+02'::timestamptz AS "zoned",
        ${AT}::timestamp(3) AS "param", ${AT}::timestamp(3)::text AS "paramAsWritten",
        ${AT}::timestamptz = '2026-06-15 10:00:00+00'::timestamptz AS "zonedParamIsUtc"`;
    const zonedArrays = await prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT ARRAY['2026-06-15 12:00:00+02'::timestamptz] AS "zonedArray"`.then(
      ([row]) => isoRow(row),
      (error: Error) => ({ zonedArray: `failed: ${error.message.split('\n').filter(Boolean).pop()}` }),
    );

    const workspace = await prisma.workspace.create({ data: { slackTeamId: 'TZONE', name: 'Zone' } });
    const workspaceId = workspace.id;
    const anna = await prisma.employee.create({ data: { workspaceId, slackUserId: 'UANNA', name: 'Anna' } });
    const person = await prisma.person.create({ data: { workspaceId, name: 'Sven' } });
    const type = await prisma.activityType.create({
      data: { workspaceId, key: 'MEETING', nameEn: 'Meeting', nameSv: 'Möte', position: 1 },
    });
    const created = await prisma.activity.create({
      data: {
        workspaceId,
        personId: person.id,
        typeId: type.id,
        responsibleId: anna.id,
        creatorId: anna.id,
        subject: 'Möte',
        startAt: AT,
        dueAt: AT,
      },
    });
    const activities = new ActivityRepository(prisma, db.plain);
    const by = { employeeId: anna.id, at: AT };
    const updated = await activities.updateIfVersion(
      { workspaceId, id: created.id, version: created.version },
      { data: { subject: 'Möte 2' }, by, changes: [] },
    );
    // With `alongside` the same write runs in a Prisma transaction.
    const deleted = await activities.softDeleteIfVersion(
      { workspaceId, id: created.id, version: created.version + 1 },
      by,
      async () => undefined,
    );
    // A Date sent in a raw write, read back by the model.
    await prisma.$executeRaw`UPDATE "Activity" SET "dueAt" = ${AT} WHERE "id" = ${created.id}`;
    const written = await prisma.activity.findUniqueOrThrow({ where: { id: created.id } });

    const local = new Date(2026, 5, 15, 12, 0).toISOString();
    process.stdout.write(
      JSON.stringify({
        local,
        raw: { ...isoRow(raw), ...zonedArrays },
        updated: {
          startAt: iso(updated?.startAt),
          dueAt: iso(updated?.dueAt),
          updatedAt: iso(updated?.updatedAt),
        },
        deleted: { startAt: iso(deleted?.startAt), deletedAt: iso(deleted?.deletedAt) },
        rawWriteReadByModel: iso(written.dueAt),
      }),
    );
  } finally {
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
