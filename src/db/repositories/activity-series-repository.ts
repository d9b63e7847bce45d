import type { Actor } from '../../domain/activities/activity-ports';
import type { ActivityRecord, FieldChange } from '../../domain/activities/activity-record';
import type {
  ActivitySeriesStore,
  NewSeries,
  OccurrenceState,
  Series,
  SeriesChange,
} from '../../domain/recurrence/series-ports';
import type { Transaction } from '../../domain/transaction';
import type { Prisma } from '../../generated/prisma/client';
import { recordInclude, toRecord } from './activity-repository';
import { prismaOf } from './transaction';

type SeriesRow = Prisma.ActivitySeriesGetPayload<object>;

function toSeries(row: SeriesRow): Series {
  const { createdAt: _created, updatedAt: _updated, ...series } = row;
  return series;
}

/** The series of repeating activities (product §3.6); every write rides on an activity change's transaction. */
export class ActivitySeriesRepository implements ActivitySeriesStore {
  async create(tx: Transaction, series: NewSeries): Promise<Series> {
    const db = prismaOf(tx);
    const row = await db.activitySeries.create({ data: series });
    if (series.currentActivityId !== null) {
      await db.activity.update({ where: { id: series.currentActivityId }, data: { seriesId: row.id } });
    }
    return toSeries(row);
  }

  async lock(tx: Transaction, workspaceId: number, id: number): Promise<Series | null> {
    const db = prismaOf(tx);
    // Two completions of one occurrence are already kept apart by its version; the lock keeps a
    // completion and a "this and following" edit of the series from both moving it on.
    await db.$queryRaw`SELECT id FROM "ActivitySeries" WHERE id = ${id} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
    const row = await db.activitySeries.findFirst({ where: { id, workspaceId } });
    return row ? toSeries(row) : null;
  }

  async update(tx: Transaction, id: number, change: SeriesChange): Promise<void> {
    await prismaOf(tx).activitySeries.update({ where: { id }, data: change });
  }

  async addOccurrence(
    tx: Transaction,
    next: Parameters<ActivitySeriesStore['addOccurrence']>[1],
  ): Promise<ActivityRecord> {
    const db = prismaOf(tx);
    const { actorLabel, ...columns } = next.activity;
    const row = await db.activity.create({
      data: {
        ...columns,
        seriesId: next.seriesId,
        updatedById: columns.creatorId,
        createdAt: next.at,
        updatedAt: next.at,
      },
      include: recordInclude,
    });
    const record = toRecord(row);
    await db.activityEvent.createMany({
      data: {
        workspaceId: record.workspaceId,
        activityId: record.id,
        actorId: columns.creatorId,
        actorLabel: actorLabel ?? null,
        kind: 'CREATED',
        changes: next.changesOf(record) as unknown as Prisma.InputJsonValue,
        createdAt: next.at,
      },
    });
    await db.activitySeries.update({
      where: { id: next.seriesId },
      data: { currentActivityId: record.id, slotAt: next.slotAt, occurrences: { increment: 1 } },
    });
    return record;
  }

  async occurrenceAfter(
    tx: Transaction,
    { workspaceId, seriesId, after }: { workspaceId: number; seriesId: number; after: number },
  ): Promise<OccurrenceState | null> {
    // A series makes its occurrences one after another under its lock: ids follow that order.
    return prismaOf(tx).activity.findFirst({
      where: { workspaceId, seriesId, id: { gt: after } },
      orderBy: { id: 'asc' },
      select: { id: true, createdAt: true, version: true, deletedAt: true },
    });
  }

  async removeOccurrence(tx: Transaction, workspaceId: number, id: number): Promise<boolean> {
    // Its events, reminders and notices go with it (ON DELETE CASCADE); one saved meanwhile stays.
    const removed = await prismaOf(tx).activity.deleteMany({ where: { id, workspaceId, version: 1 } });
    return removed.count === 1;
  }

  async detach(tx: Transaction, { activity, by }: { activity: ActivityRecord; by: Actor }): Promise<void> {
    const db = prismaOf(tx);
    await db.activity.update({ where: { id: activity.id }, data: { recurrence: null } });
    const changes: FieldChange[] = [{ field: 'recurrence', from: activity.recurrence, to: null }];
    await db.activityEvent.create({
      data: {
        workspaceId: activity.workspaceId,
        activityId: activity.id,
        actorId: by.employeeId,
        actorLabel: by.label ?? null,
        kind: 'UPDATED',
        changes: changes as unknown as Prisma.InputJsonValue,
        createdAt: by.at,
      },
    });
  }
}
