import type { RetentionAudit, RetentionBatch, RetentionRecords } from '../../domain/privacy/privacy-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { SqlDriver } from '../sql-driver';
import { utcTimestamp } from './digest-delivery-repository';

// Session advisory lock of the retention run: any constant no other lock of the app uses.
const RETENTION_LOCK = 7_304_221_001;

/**
 * The nightly clean-up, batch by batch: deleted activities whose 30 days in the
 * trash are over, and DONE activities past the retention period (product §8).
 */
export class RetentionRepository implements RetentionRecords {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlDriver,
  ) {}

  /**
   * Runs `work` while this process holds the retention lock; null without running
   * it when another replica holds it. The lock is a session lock on one dedicated
   * connection, so it holds across the batches' own transactions.
   */
  withLock<T>(work: () => Promise<T>): Promise<T | null> {
    return this.sql.withSession(async (session) => {
      const [row] = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
        RETENTION_LOCK,
      ]);
      if (!row?.locked) return null;
      try {
        return await work();
      } finally {
        await session.query('SELECT pg_advisory_unlock($1)', [RETENTION_LOCK]);
      }
    });
  }

  workspaceIds(): Promise<number[]> {
    return this.prisma.workspace
      .findMany({ select: { id: true }, orderBy: { id: 'asc' } })
      .then((rows) => rows.map((r) => r.id));
  }

  /**
   * Deletes up to `limit` DONE activities of the workspace completed before `cutoff`
   * (their end when no completion time was kept), with their history, in one
   * transaction. Zero activities: nothing is left to do.
   */
  deleteBatch(workspaceId: number, cutoff: Date, limit: number): Promise<RetentionBatch> {
    const before = utcTimestamp(cutoff);
    return this.deleteActivitiesWhere(
      Prisma.sql`"workspaceId" = ${workspaceId}::int AND status = 'DONE'
        AND COALESCE("completedAt", "endAt", "startAt") < ${before}`,
      limit,
    );
  }

  /**
   * Deletes for good up to `limit` activities of the workspace deleted before
   * `cutoff`, with their history (and stored API answers about them), in one
   * transaction. Zero: the trash holds nothing that old any more.
   */
  purgeDeletedBatch(workspaceId: number, cutoff: Date, limit: number): Promise<RetentionBatch> {
    const before = utcTimestamp(cutoff);
    return this.deleteActivitiesWhere(
      Prisma.sql`"workspaceId" = ${workspaceId}::int AND "deletedAt" < ${before}`,
      limit,
    );
  }

  /** Up to `limit` activities matching `condition` (rows others hold are skipped), with their history, in one transaction. */
  private deleteActivitiesWhere(condition: Prisma.Sql, limit: number): Promise<RetentionBatch> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Activity"
        WHERE ${condition}
        ORDER BY id LIMIT ${limit}::int
        FOR UPDATE SKIP LOCKED`;
      const ids = rows.map((row) => row.id);
      if (ids.length === 0) return { activities: 0, historyEntries: 0 };
      const history = await tx.activityEvent.deleteMany({ where: { activityId: { in: ids } } });
      const activities = await tx.activity.deleteMany({ where: { id: { in: ids } } });
      return { activities: activities.count, historyEntries: history.count };
    });
  }

  /**
   * Person tombstones keep the other system's external id for `cutoff`'s days only,
   * so a sync can find its own record; after that only our id remains. The count cleared.
   */
  async clearTombstoneExternalIds(cutoff: Date): Promise<number> {
    const { count } = await this.prisma.personTombstone.updateMany({
      where: { deletedAt: { lt: cutoff }, externalId: { not: null } },
      data: { externalId: null },
    });
    return count;
  }

  /** One audit entry per workspace and run: `retention.run` or `trash.purged`, with counts only. */
  async audit({ workspaceId, at, action, details }: RetentionAudit): Promise<void> {
    await this.prisma.auditLog.create({
      data: {
        workspaceId,
        actorLabel: 'retention job',
        action,
        targetType: 'activity',
        details,
        createdAt: at,
      },
    });
  }
}
