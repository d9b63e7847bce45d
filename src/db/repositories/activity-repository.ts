import type {
  Activities,
  ActivitiesAbout,
  ActivityListQuery,
  ActivityWrite,
  Actor,
  KnownRelations,
  NewActivity,
  VersionGuard,
} from '../../domain/activities/activity-ports';
import type {
  ActivityRecord,
  ActivityStatus,
  FieldChange,
  HistoryEntry,
} from '../../domain/activities/activity-record';
import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { storedActivityColumns, storedColumnsOf } from './activity-columns';
import { asTransaction, type WithinTransaction } from './transaction';
import { visibilitySql, visibilityWhere } from './visibility-filter';

const employeeRef = { select: { id: true, slackUserId: true, name: true } } as const;
const namedRef = { select: { id: true, name: true } } as const;

const recordInclude = {
  person: { select: { id: true, name: true, organization: namedRef } },
  organization: namedRef,
  type: {
    select: {
      id: true,
      nameEn: true,
      nameSv: true,
      key: true,
      archived: true,
      askOutcome: true,
      defaultDurationMinutes: true,
    },
  },
  responsible: employeeRef,
  creator: employeeRef,
  updatedBy: employeeRef,
  deletedBy: employeeRef,
} satisfies Prisma.ActivityInclude;

type ActivityRow = Prisma.ActivityGetPayload<{ include: typeof recordInclude }>;

function toRecord(row: ActivityRow): ActivityRecord {
  return {
    ...storedColumnsOf(row),
    person: row.person,
    organization: row.organization,
    type: {
      id: row.type.id,
      key: row.type.key,
      archived: row.type.archived,
      names: { en: row.type.nameEn, sv: row.type.nameSv },
      askOutcome: row.type.askOutcome,
      defaultDurationMinutes: row.type.defaultDurationMinutes,
    },
    responsible: row.responsible,
    creator: row.creator,
    updatedBy: row.updatedBy,
    deletedAt: row.deletedAt,
    deletedBy: row.deletedBy,
  };
}

const insertedColumns = { ...storedActivityColumns, deletedAt: true } satisfies Prisma.ActivitySelect;

type InsertedRow = Prisma.ActivityGetPayload<{ select: typeof insertedColumns }>;

function fromKnown(row: InsertedRow, known: KnownRelations): ActivityRecord {
  return { ...row, ...known, updatedBy: known.creator, deletedBy: null };
}

function afterPosition(after: ActivityListQuery['after']): Prisma.ActivityWhereInput {
  if (!after) return {};
  return {
    OR: [{ startAt: { lt: after.startAt } }, { startAt: after.startAt, id: { lt: after.id } }],
  };
}

function listConditions(query: Omit<ActivityListQuery, 'after' | 'take'>): Prisma.ActivityWhereInput {
  const due: Prisma.DateTimeFilter = {};
  if (query.dueFrom) due.gte = query.dueFrom;
  if (query.dueBefore) due.lt = query.dueBefore;
  return {
    ...(query.statuses ? { status: { in: query.statuses } } : {}),
    ...(query.dueFrom || query.dueBefore ? { dueAt: due } : {}),
    ...(query.responsibleId !== undefined ? { responsibleId: query.responsibleId } : {}),
    ...(query.personId !== undefined ? { personId: query.personId } : {}),
    ...(query.organizationId !== undefined ? { organizationId: query.organizationId } : {}),
  };
}

const UNFINISHED: ActivityStatus[] = ['NOT_STARTED', 'IN_PROGRESS'];

const newestFirst: Prisma.ActivityOrderByWithRelationInput[] = [{ startAt: 'desc' }, { id: 'desc' }];

export class ActivityRepository implements Activities {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Inserts the activity and its CREATED event together (and `alongside`, which
   * commits with them). With `known` relations the record is made from them and the
   * inserted row, instead of reading the row back with every relation.
   */
  async create(
    data: NewActivity,
    changes: FieldChange[],
    at: Date,
    alongside?: WithinTransaction<ActivityRecord>,
    known?: KnownRelations,
  ): Promise<ActivityRecord> {
    const { actorLabel, ...columns } = data;
    return this.prisma.$transaction(async (tx) => {
      const values = { ...columns, updatedById: data.creatorId, createdAt: at, updatedAt: at };
      const record = known
        ? fromKnown(await tx.activity.create({ data: values, select: insertedColumns }), known)
        : toRecord(await tx.activity.create({ data: values, include: recordInclude }));
      // createMany: no RETURNING of the event row, which nobody reads.
      await tx.activityEvent.createMany({
        data: {
          workspaceId: data.workspaceId,
          activityId: record.id,
          actorId: data.creatorId,
          actorLabel: actorLabel ?? null,
          kind: 'CREATED',
          changes: changes as unknown as Prisma.InputJsonValue,
          createdAt: at,
        },
      });
      await alongside?.(asTransaction(tx), record);
      return record;
    });
  }

  /**
   * Writes only when the row still has the version the change was computed from
   * (the check and the write are one statement), and records the event with it;
   * `alongside` commits with them. Null when another save came first.
   */
  updateIfVersion(
    guard: VersionGuard,
    data: Partial<ActivityWrite>,
    by: Actor,
    changes: FieldChange[],
    alongside?: WithinTransaction<ActivityRecord>,
  ): Promise<ActivityRecord | null> {
    return this.guardedWrite(guard, { deletedAt: null }, data, by, 'UPDATED', changes, alongside);
  }

  softDeleteIfVersion(guard: VersionGuard, by: Actor): Promise<ActivityRecord | null> {
    return this.guardedWrite(
      guard,
      { deletedAt: null },
      { deletedAt: by.at, deletedById: by.employeeId },
      by,
      'DELETED',
      [],
    );
  }

  restoreIfVersion(guard: VersionGuard, by: Actor): Promise<ActivityRecord | null> {
    return this.guardedWrite(
      guard,
      { deletedAt: { not: null } },
      { deletedAt: null, deletedById: null },
      by,
      'RESTORED',
      [],
    );
  }

  private guardedWrite(
    guard: VersionGuard,
    condition: Prisma.ActivityWhereInput,
    data: Prisma.ActivityUncheckedUpdateManyInput,
    by: Actor,
    kind: HistoryEntry['kind'],
    changes: FieldChange[],
    alongside?: WithinTransaction<ActivityRecord>,
  ): Promise<ActivityRecord | null> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.activity.updateMany({
        where: { id: guard.id, workspaceId: guard.workspaceId, version: guard.version, ...condition },
        data: { ...data, updatedById: by.employeeId, updatedAt: by.at, version: { increment: 1 } },
      });
      if (count === 0) return null;
      await tx.activityEvent.create({
        data: {
          workspaceId: guard.workspaceId,
          activityId: guard.id,
          actorId: by.employeeId,
          actorLabel: by.label ?? null,
          kind,
          changes: changes as unknown as Prisma.InputJsonValue,
          createdAt: by.at,
        },
      });
      const row = await tx.activity.findUniqueOrThrow({ where: { id: guard.id }, include: recordInclude });
      const record = toRecord(row);
      await alongside?.(asTransaction(tx), record);
      return record;
    });
  }

  async find(rule: VisibilityRule, id: number): Promise<ActivityRecord | null> {
    const row = await this.prisma.activity.findFirst({
      where: { AND: [{ id }, visibilityWhere(rule)] },
      include: recordInclude,
    });
    return row ? toRecord(row) : null;
  }

  async findMany(rule: VisibilityRule, ids: number[]): Promise<ActivityRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.activity.findMany({
      where: { AND: [{ id: { in: ids } }, visibilityWhere(rule)] },
      include: recordInclude,
    });
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async list(rule: VisibilityRule, query: ActivityListQuery): Promise<ActivityRecord[]> {
    const rows = await this.prisma.activity.findMany({
      where: { AND: [visibilityWhere(rule), afterPosition(query.after), listConditions(query)] },
      include: recordInclude,
      orderBy: newestFirst,
      take: query.take,
    });
    return rows.map(toRecord);
  }

  /** The trash: deleted activities the rule keeps, the most recently deleted first, after `after`. */
  async listDeleted(
    rule: VisibilityRule,
    query: { after?: { deletedAt: Date; id: number }; take: number },
  ): Promise<ActivityRecord[]> {
    const { after } = query;
    const rows = await this.prisma.activity.findMany({
      where: {
        AND: [
          visibilityWhere(rule),
          { deletedAt: { not: null } },
          after
            ? {
                OR: [
                  { deletedAt: { lt: after.deletedAt } },
                  { deletedAt: after.deletedAt, id: { lt: after.id } },
                ],
              }
            : {},
        ],
      },
      include: recordInclude,
      orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
      take: query.take,
    });
    return rows.map(toRecord);
  }

  /** Like `list`, but the soonest due first (App Home); no keyset paging. */
  async listByDue(rule: VisibilityRule, query: Omit<ActivityListQuery, 'after'>): Promise<ActivityRecord[]> {
    const rows = await this.prisma.activity.findMany({
      where: { AND: [visibilityWhere(rule), listConditions(query)] },
      include: recordInclude,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      take: query.take,
    });
    return rows.map(toRecord);
  }

  /** How many `list` would give without a page limit. */
  count(rule: VisibilityRule, query: Omit<ActivityListQuery, 'after' | 'take'>): Promise<number> {
    return this.prisma.activity.count({ where: { AND: [visibilityWhere(rule), listConditions(query)] } });
  }

  /**
   * A responsible's unfinished activities counted per due range, in one grouped
   * statement instead of one count per range (App Home's groups): before
   * `bounds[0]`, from it to `bounds[1]`, …, and from the last bound on; only what
   * the rule keeps (product §3.4). Bounds go as UTC ISO text: a TZDate prints its own
   * offset, which timestamp(3) would drop.
   */
  async countUnfinishedByDue(rule: VisibilityRule, responsibleId: number, bounds: Date[]): Promise<number[]> {
    const rows = await this.prisma.$queryRaw<{ bucket: number; count: number }[]>`
      SELECT width_bucket(a."dueAt", ${bounds.map((bound) => new Date(bound.getTime()).toISOString())}::timestamp(3)[]) AS "bucket",
             count(*)::int AS "count"
      FROM "Activity" a
      WHERE ${visibilitySql(rule)}
        AND a."responsibleId" = ${responsibleId}::int
        AND a."status" IN ('NOT_STARTED', 'IN_PROGRESS')
      GROUP BY 1`;
    const counts = new Array<number>(bounds.length + 1).fill(0);
    for (const row of rows) counts[row.bucket] = row.count;
    return counts;
  }

  /** Unfinished (overdue among them, as of `now`) and done activities of a person or an organization. */
  async countsFor(
    rule: VisibilityRule,
    about: ActivitiesAbout,
    now: Date,
  ): Promise<{ open: number; overdue: number; done: number }> {
    const where = { AND: [visibilityWhere(rule), about] };
    const [byStatus, overdue] = await Promise.all([
      this.prisma.activity.groupBy({ by: ['status'], where, _count: { _all: true } }),
      this.prisma.activity.count({
        where: { AND: [visibilityWhere(rule), about, { status: { in: UNFINISHED }, dueAt: { lt: now } }] },
      }),
    ]);
    const count = (status: ActivityStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
    return { open: count('NOT_STARTED') + count('IN_PROGRESS'), overdue, done: count('DONE') };
  }

  /** The unfinished activity due soonest at or after `now`. */
  async nextDueFor(rule: VisibilityRule, about: ActivitiesAbout, now: Date): Promise<ActivityRecord | null> {
    const row = await this.prisma.activity.findFirst({
      where: { AND: [visibilityWhere(rule), about, { status: { in: UNFINISHED }, dueAt: { gte: now } }] },
      include: recordInclude,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    });
    return row ? toRecord(row) : null;
  }

  /** The activity completed most recently. */
  async lastCompletedFor(rule: VisibilityRule, about: ActivitiesAbout): Promise<ActivityRecord | null> {
    const row = await this.prisma.activity.findFirst({
      where: { AND: [visibilityWhere(rule), about, { status: 'DONE' }] },
      include: recordInclude,
      orderBy: [{ completedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    });
    return row ? toRecord(row) : null;
  }

  /** The latest activities of a person, or linked to an organization, newest first. */
  async latestFor(rule: VisibilityRule, about: ActivitiesAbout, limit: number): Promise<ActivityRecord[]> {
    const rows = await this.prisma.activity.findMany({
      where: { AND: [visibilityWhere(rule), about] },
      include: recordInclude,
      orderBy: newestFirst,
      take: limit,
    });
    return rows.map(toRecord);
  }

  /** The activity's history, newest first. */
  async history(rule: VisibilityRule, activityId: number, limit: number): Promise<HistoryEntry[]> {
    const events = await this.prisma.activityEvent.findMany({
      where: { activityId, activity: visibilityWhere(rule) },
      include: { actor: employeeRef },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return events.map((event) => ({
      id: event.id,
      kind: event.kind,
      actor: event.actor,
      actorLabel: event.actorLabel,
      changes: Array.isArray(event.changes) ? (event.changes as unknown as FieldChange[]) : [],
      createdAt: event.createdAt,
    }));
  }

  countHistory(rule: VisibilityRule, activityId: number): Promise<number> {
    return this.prisma.activityEvent.count({ where: { activityId, activity: visibilityWhere(rule) } });
  }
}
