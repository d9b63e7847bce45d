import type { ActivityRecord } from '../../domain/activities/activity-record';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { utcTimestamp } from './digest-delivery-repository';

/** One employee's calendar boundaries for a digest: items due before `tomorrow` are today's. */
export interface DigestWindowOf {
  employeeId: number;
  workspaceId: number;
  tomorrow: Date;
  /** End of *Upcoming*: later items are not in the digest. */
  horizon: Date;
}

export type DigestGroupKey = 'overdue' | 'today' | 'upcoming';
const GROUP_KEYS: DigestGroupKey[] = ['overdue', 'today', 'upcoming'];

export interface DigestItemsOf {
  counts: Record<DigestGroupKey, number>;
  /** The first items in digest order (overdue, today, upcoming; soonest due first), at most the limit. */
  items: { group: DigestGroupKey; record: ActivityRecord }[];
}

const employeeRef = { select: { id: true, slackUserId: true, name: true } } as const;
const namedRef = { select: { id: true, name: true } } as const;
const recordInclude = {
  person: { select: { id: true, name: true, organization: namedRef } },
  organization: namedRef,
  type: { select: { id: true, name: true, key: true, archived: true } },
  responsible: employeeRef,
  creator: employeeRef,
  updatedBy: employeeRef,
  deletedBy: employeeRef,
} satisfies Prisma.ActivityInclude;

interface RankedRow {
  id: number;
  employee: number;
  grp: number;
  overdue: number;
  today: number;
  upcoming: number;
}

/**
 * The unfinished activities of many employees at once, for their digests: one query
 * ranks and counts them per employee and group in the database and returns only the
 * first `limit` per employee; one more loads those. Two round trips per batch
 * however many activities there are, and memory bounded by batch × limit.
 */
export class DigestActivityRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async forEmployees(
    windows: DigestWindowOf[],
    now: Date,
    limit: number,
  ): Promise<Map<number, DigestItemsOf>> {
    const result = new Map<number, DigestItemsOf>();
    if (windows.length === 0) return result;
    const table = JSON.stringify(
      windows.map((w) => ({
        employee: w.employeeId,
        workspace: w.workspaceId,
        tomorrow: w.tomorrow.toISOString(),
        horizon: w.horizon.toISOString(),
      })),
    );
    const ranked = await this.prisma.$queryRaw<RankedRow[]>`
      WITH b AS (
        SELECT employee, workspace,
          (tomorrow AT TIME ZONE 'UTC') AS tomorrow, (horizon AT TIME ZONE 'UTC') AS horizon
        FROM json_to_recordset(${table}::json) AS x(employee int, workspace int, tomorrow timestamptz, horizon timestamptz)
      ), grouped AS (
        SELECT a.id, a."responsibleId" AS employee, a."dueAt",
          CASE WHEN a."dueAt" < ${utcTimestamp(now)} THEN 0 WHEN a."dueAt" < b.tomorrow THEN 1 ELSE 2 END AS grp
        FROM b
        JOIN "Activity" a ON a."workspaceId" = b.workspace AND a."responsibleId" = b.employee
        WHERE a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND a."deletedAt" IS NULL AND a."dueAt" < b.horizon
      ), ranked AS (
        SELECT id, employee, grp,
          row_number() OVER (PARTITION BY employee ORDER BY grp, "dueAt", id) AS rn,
          count(*) FILTER (WHERE grp = 0) OVER (PARTITION BY employee) AS overdue,
          count(*) FILTER (WHERE grp = 1) OVER (PARTITION BY employee) AS today,
          count(*) FILTER (WHERE grp = 2) OVER (PARTITION BY employee) AS upcoming
        FROM grouped
      )
      SELECT id, employee, grp, overdue::int AS overdue, today::int AS today, upcoming::int AS upcoming
      FROM ranked WHERE rn <= ${limit}::int
      ORDER BY employee, rn`;
    if (ranked.length === 0) return result;
    const rows = await this.prisma.activity.findMany({
      where: { id: { in: ranked.map((r) => r.id) } },
      include: recordInclude,
    });
    const byId = new Map<number, ActivityRecord>(rows.map((row) => [row.id, row]));
    for (const row of ranked) {
      const record = byId.get(row.id);
      let entry = result.get(row.employee);
      if (!entry) {
        entry = { counts: { overdue: row.overdue, today: row.today, upcoming: row.upcoming }, items: [] };
        result.set(row.employee, entry);
      }
      // Deleted or finished between the two queries: left out, the counts stay as read.
      if (record) entry.items.push({ group: GROUP_KEYS[row.grp] ?? 'upcoming', record });
    }
    return result;
  }
}
