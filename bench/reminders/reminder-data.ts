import type { Database } from '../../src/db/database';
import type { DataSizes } from '../generate';

/** The figure: 100,000 activities starting within one hour, across 5,000 employees. */
export function reminderSizes(quick: boolean, seed: number): DataSizes {
  const scale = quick ? 0.1 : 1;
  return {
    workspaces: 1,
    employees: Math.round(5000 * scale),
    organizations: Math.round(4000 * scale),
    persons: Math.round(20_000 * scale),
    activities: Math.round(100_000 * scale),
    seed,
  };
}

/** Reminder lead of every activity in the run. */
export const LEAD_MINUTES = 15;

/** 10:00 UTC on the generator's "now" day: the first reminder is due then, the last an hour later. */
export function reminderHour(anchor: Date): Date {
  const start = new Date(anchor);
  start.setUTCHours(10, 0, 0, 0);
  return start;
}

/**
 * Every generated activity unfinished and starting within the hour after `from` + the
 * lead, evenly spread, each reminding LEAD_MINUTES before: their reminders fall due
 * one after another through that hour. Everyone wants reminders; nothing sent yet.
 */
export async function makeReminderHour(database: Database, from: Date): Promise<{ activities: number }> {
  const first = new Date(from.getTime() + LEAD_MINUTES * 60_000).toISOString();
  await database.sql.exec(`
    WITH ranked AS (
      SELECT id, (row_number() OVER (ORDER BY id) - 1) AS n, count(*) OVER () AS total FROM "Activity")
    UPDATE "Activity" a SET
      status = 'NOT_STARTED', "completedAt" = NULL, "deletedAt" = NULL, "deletedById" = NULL, "endAt" = NULL,
      "startAt" = ('${first}'::timestamptz AT TIME ZONE 'UTC') + (r.n * interval '3600 seconds' / r.total),
      "dueAt" = ('${first}'::timestamptz AT TIME ZONE 'UTC') + (r.n * interval '3600 seconds' / r.total),
      "remindLeadMinutes" = ${LEAD_MINUTES},
      "remindAt" = ('${first}'::timestamptz AT TIME ZONE 'UTC') + (r.n * interval '3600 seconds' / r.total)
        - interval '${LEAD_MINUTES} minutes',
      "outcomeAskAt" = NULL, "outcomePostponed" = false
    FROM ranked r WHERE r.id = a.id`);
  // Working every hour of every day: the hour measured is delivery, whatever day it falls on (product §5.6).
  await database.sql.exec(`UPDATE "Employee" SET "remindersEnabled" = true, timezone = 'Europe/Stockholm',
    "isDeleted" = false, "isBot" = false, "isRestricted" = false, "isForeign" = false,
    "workStartHour" = 0, "workEndHour" = 24, "workDays" = '{1,2,3,4,5,6,7}'`);
  await database.sql.exec(`UPDATE "Workspace" SET "holidayCountry" = NULL`);
  await database.sql.exec('DELETE FROM "ReminderDelivery"');
  await database.sql.exec('VACUUM ANALYZE');
  const [row] = await database.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Activity" WHERE "remindAt" IS NOT NULL`,
  );
  return { activities: row?.n ?? 0 };
}
