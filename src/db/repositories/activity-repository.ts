import type {
  ActivityRecord,
  ActivitySource,
  ActivityStatus,
  FieldChange,
  HistoryEntry,
} from '../../domain/activities/activity-record';
import type { VisibilityScope } from '../../domain/activities/activity-visibility';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { WithinTransaction } from './transaction';

/** The columns a create or an edit decides; dueAt and completedAt come from the domain rules. */
export interface ActivityWrite {
  personId: number;
  organizationId: number | null;
  typeId: number;
  subject: string;
  status: ActivityStatus;
  startAt: Date;
  endAt: Date | null;
  dueAt: Date;
  completedAt: Date | null;
  responsibleId: number;
  notes: string | null;
  isPrivate: boolean;
}

export interface NewActivity extends ActivityWrite {
  workspaceId: number;
  /** Null when no employee created it (an API token): `actorLabel` then names who did. */
  creatorId: number | null;
  actorLabel?: string | null;
  source: ActivitySource;
  permalink: string | null;
}

export interface ActivityListQuery {
  statuses?: ActivityStatus[];
  dueFrom?: Date;
  dueBefore?: Date;
  responsibleId?: number;
  personId?: number;
  /** Activities linked to this organization (Activity.organizationId). */
  organizationId?: number;
  /** Keyset position: items strictly after this one in (startAt desc, id desc) order. */
  after?: { startAt: Date; id: number };
  take: number;
}

/** The new activity's relations as the caller already read them, so they are not read back after the insert. */
export type KnownRelations = Pick<
  ActivityRecord,
  'person' | 'organization' | 'type' | 'responsible' | 'creator'
>;

/** Who acts, and when (the injected clock's now). No employee (an API token): `label` names the actor. */
export interface Actor {
  employeeId: number | null;
  label?: string | null;
  at: Date;
}

/** Rows the later of two simultaneous saves loses against. */
interface VersionGuard {
  workspaceId: number;
  id: number;
  version: number;
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

type ActivityRow = Prisma.ActivityGetPayload<{ include: typeof recordInclude }>;

function toRecord(row: ActivityRow): ActivityRecord {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    person: row.person,
    organization: row.organization,
    type: row.type,
    subject: row.subject,
    status: row.status,
    startAt: row.startAt,
    endAt: row.endAt,
    dueAt: row.dueAt,
    completedAt: row.completedAt,
    responsible: row.responsible,
    notes: row.notes,
    isPrivate: row.isPrivate,
    creator: row.creator,
    updatedBy: row.updatedBy,
    source: row.source,
    permalink: row.permalink,
    version: row.version,
    deletedAt: row.deletedAt,
    deletedBy: row.deletedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const insertedColumns = {
  id: true,
  workspaceId: true,
  subject: true,
  status: true,
  startAt: true,
  endAt: true,
  dueAt: true,
  completedAt: true,
  notes: true,
  isPrivate: true,
  source: true,
  permalink: true,
  version: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ActivitySelect;

type InsertedRow = Prisma.ActivityGetPayload<{ select: typeof insertedColumns }>;

function fromKnown(row: InsertedRow, known: KnownRelations): ActivityRecord {
  return { ...row, ...known, updatedBy: known.creator, deletedBy: null };
}

/** SPEC 3.4 as a filter: not deleted, and public or the viewer's own. */
function visibleTo(scope: VisibilityScope, includeDeleted = false): Prisma.ActivityWhereInput {
  return {
    workspaceId: scope.workspaceId,
    ...(includeDeleted ? {} : { deletedAt: null }),
    OR: [{ isPrivate: false }, { responsibleId: scope.employeeId }],
  };
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

/** A person's activities, or those linked to an organization. */
type About = { personId: number } | { organizationId: number };

const newestFirst: Prisma.ActivityOrderByWithRelationInput[] = [{ startAt: 'desc' }, { id: 'desc' }];

export class ActivityRepository {
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
      await alongside?.(tx, record);
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
      await alongside?.(tx, record);
      return record;
    });
  }

  /** One activity if this viewer may see it; deleted ones only when asked (undo, stale buttons). */
  async findForViewer(
    scope: VisibilityScope,
    id: number,
    options: { includeDeleted?: boolean } = {},
  ): Promise<ActivityRecord | null> {
    const row = await this.prisma.activity.findFirst({
      where: { id, ...visibleTo(scope, options.includeDeleted) },
      include: recordInclude,
    });
    return row ? toRecord(row) : null;
  }

  /** Several activities in the order of `ids`, leaving out what the viewer may not see. */
  async findManyForViewer(
    scope: VisibilityScope,
    ids: number[],
    options: { includeDeleted?: boolean } = {},
  ): Promise<ActivityRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.activity.findMany({
      where: { id: { in: ids }, ...visibleTo(scope, options.includeDeleted) },
      include: recordInclude,
    });
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async list(scope: VisibilityScope, query: ActivityListQuery): Promise<ActivityRecord[]> {
    const rows = await this.prisma.activity.findMany({
      where: { AND: [visibleTo(scope), afterPosition(query.after), listConditions(query)] },
      include: recordInclude,
      orderBy: newestFirst,
      take: query.take,
    });
    return rows.map(toRecord);
  }

  /** Like `list`, but the soonest due first (App Home); no keyset paging. */
  async listByDue(
    scope: VisibilityScope,
    query: Omit<ActivityListQuery, 'after'>,
  ): Promise<ActivityRecord[]> {
    const rows = await this.prisma.activity.findMany({
      where: { AND: [visibleTo(scope), listConditions(query)] },
      include: recordInclude,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      take: query.take,
    });
    return rows.map(toRecord);
  }

  /** How many `list` would give without a page limit. */
  count(scope: VisibilityScope, query: Omit<ActivityListQuery, 'after' | 'take'>): Promise<number> {
    return this.prisma.activity.count({ where: { AND: [visibleTo(scope), listConditions(query)] } });
  }

  /**
   * A responsible's unfinished activities counted per due range, in one grouped
   * statement instead of one count per range (App Home's groups): before
   * `bounds[0]`, from it to `bounds[1]`, …, and from the last bound on. Visible
   * to `scope` as `count` decides (SPEC 3.4). Bounds go as UTC ISO text: a TZDate
   * prints its own offset, which timestamp(3) would drop.
   */
  async countUnfinishedByDue(
    scope: VisibilityScope,
    responsibleId: number,
    bounds: Date[],
  ): Promise<number[]> {
    const rows = await this.prisma.$queryRaw<{ bucket: number; count: number }[]>`
      SELECT width_bucket("dueAt", ${bounds.map((bound) => new Date(bound.getTime()).toISOString())}::timestamp(3)[]) AS "bucket",
             count(*)::int AS "count"
      FROM "Activity"
      WHERE "workspaceId" = ${scope.workspaceId} AND "deletedAt" IS NULL
        AND ("isPrivate" = false OR "responsibleId" = ${scope.employeeId})
        AND "responsibleId" = ${responsibleId}
        AND "status" IN ('NOT_STARTED', 'IN_PROGRESS')
      GROUP BY 1`;
    const counts = new Array<number>(bounds.length + 1).fill(0);
    for (const row of rows) counts[row.bucket] = row.count;
    return counts;
  }

  /** Unfinished (overdue among them, as of `now`) and done activities of a person or an organization. */
  async countsFor(
    scope: VisibilityScope,
    about: About,
    now: Date,
  ): Promise<{ open: number; overdue: number; done: number }> {
    const where = { AND: [visibleTo(scope), about] };
    const [byStatus, overdue] = await Promise.all([
      this.prisma.activity.groupBy({ by: ['status'], where, _count: { _all: true } }),
      this.prisma.activity.count({
        where: { AND: [visibleTo(scope), about, { status: { in: UNFINISHED }, dueAt: { lt: now } }] },
      }),
    ]);
    const count = (status: ActivityStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
    return { open: count('NOT_STARTED') + count('IN_PROGRESS'), overdue, done: count('DONE') };
  }

  /** The unfinished activity due soonest at or after `now`. */
  async nextDueFor(scope: VisibilityScope, about: About, now: Date): Promise<ActivityRecord | null> {
    const row = await this.prisma.activity.findFirst({
      where: { AND: [visibleTo(scope), about, { status: { in: UNFINISHED }, dueAt: { gte: now } }] },
      include: recordInclude,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    });
    return row ? toRecord(row) : null;
  }

  /** The activity completed most recently. */
  async lastCompletedFor(scope: VisibilityScope, about: About): Promise<ActivityRecord | null> {
    const row = await this.prisma.activity.findFirst({
      where: { AND: [visibleTo(scope), about, { status: 'DONE' }] },
      include: recordInclude,
      orderBy: [{ completedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    });
    return row ? toRecord(row) : null;
  }

  /** The latest activities of a person, or linked to an organization, newest first. */
  async latestFor(scope: VisibilityScope, about: About, limit: number): Promise<ActivityRecord[]> {
    const rows = await this.prisma.activity.findMany({
      where: { AND: [visibleTo(scope), about] },
      include: recordInclude,
      orderBy: newestFirst,
      take: limit,
    });
    return rows.map(toRecord);
  }

  /** The activity's history, newest first. */
  async history(workspaceId: number, activityId: number, limit: number): Promise<HistoryEntry[]> {
    const events = await this.prisma.activityEvent.findMany({
      where: { workspaceId, activityId },
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

  countHistory(workspaceId: number, activityId: number): Promise<number> {
    return this.prisma.activityEvent.count({ where: { workspaceId, activityId } });
  }
}
