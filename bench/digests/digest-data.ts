import type { Database } from '../../src/db/database';
import type { DataSizes } from '../generate';

/** product §5.2 at the scale the issue names: 5,000 employees, 500 k unfinished activities. */
export function digestSizes(quick: boolean, seed: number): DataSizes {
  const scale = quick ? 0.1 : 1;
  return {
    workspaces: 1,
    employees: Math.round(5000 * scale),
    organizations: Math.round(4000 * scale),
    persons: Math.round(100_000 * scale),
    activities: Math.round(500_000 * scale),
    seed,
  };
}

/** European zones: at 10:00 UTC every one of them is past 08:00 and before the 18:00 catch-up limit. */
const ZONES = ['Europe/Stockholm', 'Europe/London', 'Europe/Helsinki', 'Europe/Berlin'];

/**
 * Turns generated data into a digest morning: every activity unfinished (so every
 * employee has a digest), every employee wanting one at 08:00 any day, no holidays.
 */
export async function makeDigestMorning(
  database: Database,
): Promise<{ unfinished: number; employees: number }> {
  const zones = `ARRAY[${ZONES.map((zone) => `'${zone}'`).join(',')}]`;
  await database.sql.exec(`UPDATE "Activity" SET status = CASE WHEN status = 'DONE' THEN 'NOT_STARTED'::"ActivityStatus" ELSE status END,
    "completedAt" = NULL, "deletedAt" = NULL, "deletedById" = NULL`);
  await database.sql.exec(`UPDATE "Employee" SET "digestEnabled" = true, "digestHour" = 8,
    "digestDays" = '{1,2,3,4,5,6,7}', timezone = (${zones})[1 + id % ${ZONES.length}],
    "isDeleted" = false, "isBot" = false, "isRestricted" = false, "isForeign" = false`);
  await database.sql.exec(`UPDATE "Workspace" SET "holidayCountry" = NULL`);
  await database.sql.exec('DELETE FROM "DigestDelivery"');
  await database.sql.exec('VACUUM ANALYZE');
  const [activities] = await database.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Activity" WHERE status <> 'DONE' AND "deletedAt" IS NULL`,
  );
  const [employees] = await database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "Employee"');
  return { unfinished: activities?.n ?? 0, employees: employees?.n ?? 0 };
}

/** 10:00 UTC on the generator's "now" day: the digest morning the run is measured at. */
export function digestMorning(anchor: Date): Date {
  const morning = new Date(anchor);
  morning.setUTCHours(10, 0, 0, 0);
  return morning;
}
