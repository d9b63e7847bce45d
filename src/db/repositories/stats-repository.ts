import type {
  FlowFigures,
  ResponsibleCount,
  SeriesPoint,
  StatsFigures,
  StatsScope,
  StatsWindow,
  TypeName,
  TypeStatusCount,
} from '../../domain/stats/stats-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { activityScopeSql } from './activity-scope-sql';

/**
 * The statistics of product §6, each figure group one set-based query (so one round
 * trip), whatever the number of activities. Periods select by start; created and
 * completed by their own timestamps.
 */
export class StatsRepository implements StatsFigures {
  constructor(private readonly prisma: PrismaClient) {}

  /** Counts by type × status in the period and the previous one, and how many of them are overdue now. */
  async byTypeAndStatus(scope: StatsScope, w: StatsWindow): Promise<TypeStatusCount[]> {
    const rows = await this.prisma.$queryRaw<TypeStatusCount[]>`
      SELECT a."typeId" AS "typeId", a.status::text AS status,
             COUNT(*) FILTER (WHERE a."startAt" >= ${w.from})::int AS current,
             COUNT(*) FILTER (WHERE a."startAt" < ${w.from})::int AS previous,
             COUNT(*) FILTER (WHERE a."startAt" >= ${w.from} AND a.status <> 'DONE'
                                AND a."dueAt" < ${w.now})::int AS "overdueCurrent",
             COUNT(*) FILTER (WHERE a."startAt" < ${w.from} AND a.status <> 'DONE'
                                AND a."dueAt" < ${w.now})::int AS "overduePrevious"
        FROM "Activity" a
       WHERE ${activityScopeSql(scope)} AND a."startAt" >= ${w.previousFrom} AND a."startAt" < ${w.to}
       GROUP BY a."typeId", a.status`;
    return rows;
  }

  /** Per responsible: the period's activities, done, overdue now, and the previous period's count. */
  async byResponsible(scope: StatsScope, w: StatsWindow): Promise<ResponsibleCount[]> {
    const rows = await this.prisma.$queryRaw<ResponsibleCount[]>`
      SELECT e.id AS "employeeId", e.name, c.current, c.done, c.overdue, c.previous
        FROM (SELECT a."responsibleId",
                     COUNT(*) FILTER (WHERE a."startAt" >= ${w.from})::int AS current,
                     COUNT(*) FILTER (WHERE a."startAt" >= ${w.from} AND a.status = 'DONE')::int AS done,
                     COUNT(*) FILTER (WHERE a."startAt" >= ${w.from} AND a.status <> 'DONE'
                                        AND a."dueAt" < ${w.now})::int AS overdue,
                     COUNT(*) FILTER (WHERE a."startAt" < ${w.from})::int AS previous
                FROM "Activity" a
               WHERE ${activityScopeSql(scope)} AND a."startAt" >= ${w.previousFrom} AND a."startAt" < ${w.to}
               GROUP BY a."responsibleId") c
        JOIN "Employee" e ON e.id = c."responsibleId"
       ORDER BY c.current DESC, lower(e.name), e.id`;
    return rows;
  }

  /** Created and completed in each period, and the median and 90th percentile time from created to done. */
  async flow(scope: StatsScope, w: StatsWindow): Promise<FlowFigures> {
    const inCurrent = (column: Prisma.Sql) => Prisma.sql`${column} >= ${w.from} AND ${column} < ${w.to}`;
    const inPrevious = (column: Prisma.Sql) =>
      Prisma.sql`${column} >= ${w.previousFrom} AND ${column} < ${w.from}`;
    const created = Prisma.sql`a."createdAt"`;
    const completed = Prisma.sql`a."completedAt"`;
    const doneCurrent = Prisma.sql`a.status = 'DONE' AND ${inCurrent(completed)}`;
    const donePrevious = Prisma.sql`a.status = 'DONE' AND ${inPrevious(completed)}`;
    // Logged after the fact, an activity can be completed before it was created; that took no time.
    const seconds = Prisma.sql`greatest(0, extract(epoch FROM a."completedAt" - a."createdAt"))::float8`;
    const [row] = await this.prisma.$queryRaw<FlowFigures[]>`
      SELECT COUNT(*) FILTER (WHERE ${inCurrent(created)})::int AS "createdCurrent",
             COUNT(*) FILTER (WHERE ${inPrevious(created)})::int AS "createdPrevious",
             COUNT(*) FILTER (WHERE ${doneCurrent})::int AS "completedCurrent",
             COUNT(*) FILTER (WHERE ${donePrevious})::int AS "completedPrevious",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds}) FILTER (WHERE ${doneCurrent}) AS "medianCurrent",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds}) FILTER (WHERE ${donePrevious}) AS "medianPrevious",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds}) FILTER (WHERE ${doneCurrent}) AS "p90Current",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds}) FILTER (WHERE ${donePrevious}) AS "p90Previous"
        FROM "Activity" a
       WHERE ${activityScopeSql(scope)}
         AND ((a."createdAt" >= ${w.previousFrom} AND a."createdAt" < ${w.to})
           OR (a."completedAt" >= ${w.previousFrom} AND a."completedAt" < ${w.to}))`;
    return (
      row ?? {
        createdCurrent: 0,
        createdPrevious: 0,
        completedCurrent: 0,
        completedPrevious: 0,
        medianCurrent: null,
        medianPrevious: null,
        p90Current: null,
        p90Previous: null,
      }
    );
  }

  /** The period's activities per local day (or week from Monday) and type, bucketed in the database. */
  async series(scope: StatsScope, w: StatsWindow): Promise<SeriesPoint[]> {
    const unit = w.bucket === 'week' ? 'week' : 'day';
    const rows = await this.prisma.$queryRaw<SeriesPoint[]>`
      SELECT to_char(date_trunc(${unit}, (a."startAt" AT TIME ZONE 'UTC') AT TIME ZONE ${w.timezone}), 'YYYY-MM-DD') AS bucket,
             a."typeId" AS "typeId", COUNT(*)::int AS count
        FROM "Activity" a
       WHERE ${activityScopeSql(scope)} AND a."startAt" >= ${w.from} AND a."startAt" < ${w.to}
       GROUP BY 1, 2
       ORDER BY 1, 2`;
    return rows;
  }

  /** Every type of the workspace, archived ones too: old activities keep them. */
  async types(workspaceId: number): Promise<TypeName[]> {
    const rows = await this.prisma.activityType.findMany({
      where: { workspaceId },
      select: { id: true, nameEn: true, nameSv: true, key: true, position: true, archived: true },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    return rows.map(({ nameEn, nameSv, ...type }) => ({ ...type, names: { en: nameEn, sv: nameSv } }));
  }
}
