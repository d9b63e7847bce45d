import type {
  DigestActivities,
  DigestGroupKey,
  DigestItemsOf,
  DigestWindowOf,
} from '../../domain/digests/digest-ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { utcTimestamp } from './digest-delivery-repository';
import {
  type JoinedActivityRow,
  joinedActivityColumnsSql,
  joinedActivityRecord,
  joinedActivityRelationsSql,
} from './joined-activity-sql';
import { unfinishedSql } from './unfinished-sql';
import { RULE_COLUMN_TYPES, ruleColumns, visibilityPerRowSql } from './visibility-filter';

const GROUP_KEYS: DigestGroupKey[] = ['overdue', 'today', 'upcoming'];

/** A ranked activity with everything a digest shows, joined in the same query. */
interface DigestRow extends JoinedActivityRow {
  employee: number;
  grp: number;
  overdue: number;
  today: number;
  upcoming: number;
}

/**
 * The unfinished activities of many employees at once, for their digests: one query
 * ranks and counts them per employee and group in the database and returns only the
 * first `limit` per employee, joined with what a digest shows of them. One round
 * trip per batch however many activities there are, and memory bounded by batch × limit.
 */
export class DigestActivityRepository implements DigestActivities {
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
        ...ruleColumns(w.rule),
        tomorrow: w.tomorrow.toISOString(),
        horizon: w.horizon.toISOString(),
      })),
    );
    // The a.* columns selected last are storedActivityColumns (the enums read as text).
    const rows = await this.prisma.$queryRaw<DigestRow[]>`
      WITH b AS (
        SELECT employee, rule_workspace, rule_private_to,
          (tomorrow AT TIME ZONE 'UTC') AS tomorrow, (horizon AT TIME ZONE 'UTC') AS horizon
        FROM json_to_recordset(${table}::json)
          AS x(employee int, ${RULE_COLUMN_TYPES}, tomorrow timestamptz, horizon timestamptz)
      ), grouped AS (
        SELECT a.id, a."responsibleId" AS employee, a."dueAt",
          CASE WHEN a."dueAt" < ${utcTimestamp(now)} THEN 0 WHEN a."dueAt" < b.tomorrow THEN 1 ELSE 2 END AS grp
        FROM b
        JOIN "Activity" a ON a."workspaceId" = b.rule_workspace AND a."responsibleId" = b.employee
        WHERE ${unfinishedSql} AND ${visibilityPerRowSql('b')} AND a."dueAt" < b.horizon
      ), ranked AS (
        SELECT id, employee, grp,
          row_number() OVER (PARTITION BY employee ORDER BY grp, "dueAt", id) AS rn,
          count(*) FILTER (WHERE grp = 0) OVER (PARTITION BY employee) AS overdue,
          count(*) FILTER (WHERE grp = 1) OVER (PARTITION BY employee) AS today,
          count(*) FILTER (WHERE grp = 2) OVER (PARTITION BY employee) AS upcoming
        FROM grouped
      )
      SELECT r.employee, r.grp, r.overdue::int AS overdue, r.today::int AS today, r.upcoming::int AS upcoming,
        ${joinedActivityColumnsSql}
      FROM ranked r
      JOIN "Activity" a ON a.id = r.id
      ${joinedActivityRelationsSql}
      WHERE r.rn <= ${limit}::int
      ORDER BY r.employee, r.rn`;
    for (const row of rows) {
      let entry = result.get(row.employee);
      if (!entry) {
        entry = { counts: { overdue: row.overdue, today: row.today, upcoming: row.upcoming }, items: [] };
        result.set(row.employee, entry);
      }
      entry.items.push({ group: GROUP_KEYS[row.grp] ?? 'upcoming', record: joinedActivityRecord(row) });
    }
    return result;
  }
}
