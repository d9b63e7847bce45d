import type {
  Activities,
  ActivitiesAbout,
  ActivityListQuery,
  ActivityWrite,
  Actor,
  CreateWrite,
  KnownRelations,
  NewActivity,
  UnfinishedByDue,
  UpdateWrite,
  VersionGuard,
} from '../../domain/activities/activity-ports';
import type {
  ActivityRecord,
  ActivityStatus,
  FieldChange,
  HistoryEntry,
} from '../../domain/activities/activity-record';
import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import { GroupWhileBusy } from '../../domain/group-while-busy';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { type PlainSql, prepared, ShapeNames } from '../plain-sql';
import { storedColumnsOf } from './activity-columns';
import { keepsGenericPlan } from './generic-plan-sql';
import {
  type JoinedActivityRow,
  joinedActivityColumnsSql,
  joinedActivityRecord,
  lookedUpActivityRelationsSql,
} from './joined-activity-sql';
import { asTransaction, prismaOf, type Transaction, type WithinTransaction } from './transaction';
import { UNFINISHED, unfinishedSql } from './unfinished-sql';
import { utcText } from './utc-text';
import { visibilitySql, visibilityWhere } from './visibility-filter';

const employeeRef = { select: { id: true, slackUserId: true, name: true } } as const;
const namedRef = { select: { id: true, name: true } } as const;

export const recordInclude = {
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

export function toRecord(row: ActivityRow): ActivityRecord {
  // Assigned, not spread: see joinedActivityRecord.
  return Object.assign(storedColumnsOf(row), {
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
  });
}

/** App Home's row: the counts on every row, and one row of nulls but the counts when nothing is unfinished. */
type SoonestRow = Omit<JoinedActivityRow, 'id'> & {
  id: number | null;
  counts: number[];
  leadsTeam: boolean;
};

/** What a guarded write may set, besides who and when. */
type GuardedColumns = Partial<ActivityWrite> & { deletedAt?: Date | null; deletedById?: number | null };

const integer = (column: string) => (value: number | null) =>
  Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}::int`;
const timestamp = (column: string) => (value: Date | null) =>
  Prisma.sql`${Prisma.raw(`"${column}"`)} = ${utcText(value)}::timestamp(3)`;
const text = (column: string) => (value: string | null) =>
  Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}::text`;

/** Each settable column as SQL, cast as its column is typed. */
const COLUMN_VALUE: {
  [K in keyof GuardedColumns]-?: (value: NonNullable<GuardedColumns[K]> | null) => Prisma.Sql;
} = {
  personId: integer('personId'),
  organizationId: integer('organizationId'),
  typeId: integer('typeId'),
  responsibleId: integer('responsibleId'),
  deletedById: integer('deletedById'),
  subject: text('subject'),
  notes: text('notes'),
  status: (value) => Prisma.sql`"status" = ${value}::text::"ActivityStatus"`,
  isPrivate: (value) => Prisma.sql`"isPrivate" = ${value}::boolean`,
  startAt: timestamp('startAt'),
  endAt: timestamp('endAt'),
  dueAt: timestamp('dueAt'),
  completedAt: timestamp('completedAt'),
  deletedAt: timestamp('deletedAt'),
  remindLeadMinutes: integer('remindLeadMinutes'),
  remindAt: timestamp('remindAt'),
  outcomeAskAt: timestamp('outcomeAskAt'),
  outcomePostponed: (value) => Prisma.sql`"outcomePostponed" = ${value}::boolean`,
  recurrence: text('recurrence'),
};

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

const newestFirst: Prisma.ActivityOrderByWithRelationInput[] = [{ startAt: 'desc' }, { id: 'desc' }];

/** One new activity whose relations the caller knows: what insertKnown writes. */
interface KnownInsert {
  data: NewActivity;
  changes: FieldChange[];
  at: Date;
  known: KnownRelations;
}

/**
 * findMany's and unfinishedByDue's statements, prepared once per connection for each kind of
 * visibility rule: parsing and planning them (nine relations looked up) cost PostgreSQL about
 * ten times running them, and both follow every API create (its assignment message, its
 * responsible's Home). Their ids and responsible keep the generic plan (see keepsGenericPlan):
 * it cannot know how many ids there are, or whose activities, and was costed above the custom
 * plans of one id or of a responsible with few activities.
 */
const FIND_MANY = new ShapeNames('activity_find_many');
const UNFINISHED_BY_DUE = new ShapeNames('activity_unfinished_by_due');
/**
 * The guarded write without a transaction (a button's or an edit's, one shape per set of
 * columns written), on the plain path and prepared: Prisma's raw pipeline and the planning
 * of its lookups cost more CPU than the write (issue 12).
 */
const GUARDED_WRITE = new ShapeNames('activity_guarded_write');

/**
 * A count in a prepared statement's text rather than a parameter (each count its own shape):
 * a generic plan guessed a thousand buckets and a tenth of the rows for the page, came out
 * costlier than the custom plans and was never kept.
 */
function literal(count: number): Prisma.Sql {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a count: ${count}`);
  return Prisma.raw(String(count));
}

/** Most new activities written by one statement. */
const MAX_INSERT_GROUP = 32;

export class ActivityRepository implements Activities {
  /**
   * New activities saved while another insert is in flight go together in the next
   * statement (a short group commit): several concurrent API creates cost one statement
   * instead of one each. One that fails in a group is tried again on its own.
   */
  private readonly inserts: GroupWhileBusy<number, KnownInsert, ActivityRecord>;

  constructor(
    private readonly prisma: PrismaClient,
    /** The plain path, for the hot statements outside transactions (issue 12). */
    private readonly plain: PlainSql,
  ) {
    this.inserts = new GroupWhileBusy({
      many: (_, group) =>
        group.length === 1
          ? Promise.all([this.insertKnown(this.plain, group[0] as KnownInsert)])
          : this.insertKnownMany(group),
      alone: (_, one) => this.insertKnown(this.plain, one),
      maxGroup: MAX_INSERT_GROUP,
    });
  }

  /**
   * Inserts the activity and its CREATED event together (and `alongside`, which
   * commits with them). With `known` relations the record is made from them and the
   * inserted row, instead of reading the row back with every relation, and the two
   * inserts are one statement: without `alongside` no transaction is opened at all. With
   * `within` everything is written in the caller's transaction.
   */
  async create(
    data: NewActivity,
    { changes, at, alongside, known, within }: CreateWrite,
  ): Promise<ActivityRecord> {
    if (known && !alongside && !within) return this.inserts.run(0, { data, changes, at, known });
    const { actorLabel, ...columns } = data;
    return this.inTransaction(within, async (tx) => {
      if (known) {
        const record = await this.insertKnown(tx, { data, changes, at, known });
        await alongside?.(asTransaction(tx), record);
        return record;
      }
      const values = { ...columns, updatedById: data.creatorId, createdAt: at, updatedAt: at };
      const record = toRecord(await tx.activity.create({ data: values, include: recordInclude }));
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

  /** Runs `work` in the caller's transaction (`within`), or in one of its own. */
  private inTransaction<T>(
    within: Transaction | undefined,
    work: (tx: Prisma.TransactionClient) => Promise<T>,
  ): Promise<T> {
    return within ? work(prismaOf(within)) : this.prisma.$transaction(work);
  }

  /**
   * The activity and its CREATED event in one statement (so they commit together even
   * outside a transaction); the record is what was written, with the known relations.
   * Timestamps go as UTC text, as Prisma stores DateTime in `timestamp(3)`. In a
   * transaction through Prisma's client; outside one on the plain path, prepared once
   * per connection (its text never changes).
   */
  private async insertKnown(
    client: Pick<PrismaClient, '$queryRaw'> | PlainSql,
    insert: KnownInsert,
  ): Promise<ActivityRecord> {
    const statement = insertKnownSql(insert);
    const [row] =
      'query' in client
        ? await client.query<{ id: number }>(prepared('activity_insert_known', statement))
        : await client.$queryRaw<{ id: number }[]>(statement);
    if (!row) throw new Error('the new activity was not inserted');
    return knownRecord(row.id, insert);
  }

  /**
   * Several new activities and their CREATED events in one statement, as insertKnown
   * writes one: ids drawn first in the given order, so each caller gets its own record.
   * On the plain path, prepared once per connection (its text does not depend on the group's size).
   */
  private async insertKnownMany(group: KnownInsert[]): Promise<ActivityRecord[]> {
    const rows = await this.plain.query<{ id: number }>(
      prepared('activity_insert_known_many', insertKnownManySql(group)),
    );
    if (rows.length !== group.length) throw new Error('the new activities were not inserted');
    return group.map((one, index) => knownRecord((rows[index] as { id: number }).id, one));
  }

  /**
   * Writes only when the row still has the version the change was computed from
   * (the check and the write are one statement), and records the event with it;
   * `alongside` commits with them. Null when another save came first.
   */
  updateIfVersion(
    guard: VersionGuard,
    { data, by, changes, alongside }: UpdateWrite,
  ): Promise<ActivityRecord | null> {
    return this.guardedWrite(guard, { state: 'live', data, by, kind: 'UPDATED', changes, alongside });
  }

  softDeleteIfVersion(
    guard: VersionGuard,
    by: Actor,
    alongside?: WithinTransaction<ActivityRecord>,
  ): Promise<ActivityRecord | null> {
    return this.guardedWrite(guard, {
      state: 'live',
      data: { deletedAt: by.at, deletedById: by.employeeId },
      by,
      kind: 'DELETED',
      changes: [],
      alongside,
    });
  }

  restoreIfVersion(
    guard: VersionGuard,
    by: Actor,
    alongside?: WithinTransaction<ActivityRecord>,
  ): Promise<ActivityRecord | null> {
    return this.guardedWrite(guard, {
      state: 'deleted',
      data: { deletedAt: null, deletedById: null },
      by,
      kind: 'RESTORED',
      changes: [],
      alongside,
    });
  }

  /**
   * The guarded update, its event and the record as written are one statement (the
   * relations looked up for the one updated row, not joined: planning nine joined tables
   * cost more than the rest of the statement): without `alongside` no transaction is opened
   * at all; with it, `alongside` commits with them.
   */
  private async guardedWrite(
    guard: VersionGuard,
    {
      state,
      data,
      by,
      kind,
      changes,
      alongside,
    }: {
      /** Which rows the write may touch: live ones, or (a restore) deleted ones. */
      state: 'live' | 'deleted';
      data: GuardedColumns;
      by: Actor;
      kind: HistoryEntry['kind'];
      changes: FieldChange[];
      alongside?: WithinTransaction<ActivityRecord>;
    },
  ): Promise<ActivityRecord | null> {
    const set = Object.entries(data).flatMap(([column, value]) => {
      if (value === undefined) return [];
      const sql = COLUMN_VALUE[column as keyof GuardedColumns];
      if (!sql) throw new Error(`an activity has no settable column ${column}`);
      return [sql(value as never)];
    });
    const statement = Prisma.sql`
        WITH updated AS (
          UPDATE "Activity"
          SET ${Prisma.join([
            ...set,
            Prisma.sql`"updatedById" = ${by.employeeId}::int`,
            Prisma.sql`"updatedAt" = ${utcText(by.at)}::timestamp(3)`,
            Prisma.sql`"version" = "version" + 1`,
          ])}
          WHERE "id" = ${guard.id} AND "workspaceId" = ${guard.workspaceId} AND "version" = ${guard.version}
            AND ${state === 'live' ? Prisma.sql`"deletedAt" IS NULL` : Prisma.sql`"deletedAt" IS NOT NULL`}
          RETURNING *
        ),
        event AS (
          INSERT INTO "ActivityEvent" ("workspaceId", "activityId", "actorId", "actorLabel", "kind", "changes", "createdAt")
          SELECT u."workspaceId", u."id", ${by.employeeId}::int, ${by.label ?? null}::text,
            ${kind}::text::"ActivityEventKind", ${JSON.stringify(changes)}::jsonb, ${utcText(by.at)}::timestamp(3)
          FROM updated u
        )
        SELECT ${joinedActivityColumnsSql}
        FROM updated a
        ${lookedUpActivityRelationsSql}`;
    if (!alongside) {
      const [row] = await this.plain.query<JoinedActivityRow>(GUARDED_WRITE.prepared(statement));
      return row ? joinedActivityRecord(row) : null;
    }
    return this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<JoinedActivityRow[]>(statement);
      const record = row ? joinedActivityRecord(row) : null;
      if (record) await alongside(asTransaction(tx), record);
      return record;
    });
  }

  /**
   * Read as findMany reads (the plain path, prepared): every button on an activity (*Done now*,
   * *Start*, …) reads it first, and Prisma's query compiler with the planning of its joins cost
   * about four times the prepared statement's CPU on PGlite at 1 M activities (issue 12).
   */
  async find(rule: VisibilityRule, id: number): Promise<ActivityRecord | null> {
    const [record] = await this.findMany(rule, [id]);
    return record ?? null;
  }

  /**
   * The activities of `ids` the rule keeps, in the order of `ids`. Read on the plain path with
   * their relations looked up by key (what the guarded write's RETURNING read makes): the
   * assignment message of every API create reads its activities here, and Prisma's query
   * compiler for this include cost more CPU than the statement (issue 12).
   */
  async findMany(rule: VisibilityRule, ids: number[]): Promise<ActivityRecord[]> {
    if (ids.length === 0) return [];
    const statement = Prisma.sql`
      SELECT ${joinedActivityColumnsSql}
      FROM "Activity" a
      ${lookedUpActivityRelationsSql}
      WHERE a.id = ANY(${keepsGenericPlan(Prisma.sql`${ids}::int[]`)}::int[]) AND ${visibilitySql(rule)}`;
    const rows = await this.plain.query<JoinedActivityRow>(FIND_MANY.prepared(statement));
    const byId = new Map(rows.map((row) => [row.id, joinedActivityRecord(row)]));
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

  /** How many `list` would give without a page limit. */
  count(rule: VisibilityRule, query: Omit<ActivityListQuery, 'after' | 'take'>): Promise<number> {
    return this.prisma.activity.count({ where: { AND: [visibilityWhere(rule), listConditions(query)] } });
  }

  /**
   * App Home's read, one statement: the responsible's unfinished activities counted per due
   * range (`bounds` cut them: before `bounds[0]`, from it to `bounds[1]`, …, from the last on),
   * and the `take` due soonest, their relations looked up only once they are picked (Prisma's
   * read looked them up for every unfinished activity before sorting: about 13 ms of a
   * responsible with 300 on PGlite). One row of nulls but the counts when none is unfinished.
   * Only what the rule keeps (product §3.4). Bounds go as UTC ISO text: a TZDate prints its
   * own offset, which timestamp(3) would drop. Whether the responsible leads a team rides along
   * (an uncorrelated EXISTS, run once, on TeamMember's employeeId index), so the Home of someone
   * who leads none, most people, is drawn without the team overview's statement.
   */
  async unfinishedByDue(
    rule: VisibilityRule,
    { responsibleId, bounds, take }: { responsibleId: number; bounds: Date[]; take: number },
  ): Promise<UnfinishedByDue> {
    const unfinished = Prisma.sql`${visibilitySql(rule)}
        AND a."responsibleId" = ${keepsGenericPlan(Prisma.sql`${responsibleId}::int`)}
        AND ${unfinishedSql}`;
    const statement = Prisma.sql`
      WITH counted AS (
        SELECT width_bucket(a."dueAt", ${bounds.map((bound) => new Date(bound.getTime()).toISOString())}::timestamp(3)[]) AS bucket, count(*)::int AS n
          FROM "Activity" a
         WHERE ${unfinished}
         GROUP BY 1
      ), soonest AS (
        SELECT a.* FROM "Activity" a WHERE ${unfinished} ORDER BY a."dueAt", a.id LIMIT ${literal(take)}
      )
      SELECT (SELECT array_agg(COALESCE(c.n, 0) ORDER BY b.bucket)
                FROM generate_series(0, ${literal(bounds.length)}) AS b(bucket)
                LEFT JOIN counted c ON c.bucket = b.bucket) AS counts,
             EXISTS (SELECT 1 FROM "TeamMember" lead
                       JOIN "Team" t ON t.id = lead."teamId" AND t."workspaceId" = ${rule.workspaceId}::int
                      WHERE lead."employeeId" = ${responsibleId}::int AND lead."isLead") AS "leadsTeam",
             ${joinedActivityColumnsSql}
        FROM (SELECT 1) AS one
        LEFT JOIN soonest a ON TRUE
        ${lookedUpActivityRelationsSql}
       ORDER BY a."dueAt", a.id`;
    // On the plain path: App Home is drawn after every API create that assigns someone (issue 12).
    const rows = await this.plain.query<SoonestRow>(UNFINISHED_BY_DUE.prepared(statement));
    return {
      counts: rows[0]?.counts ?? new Array<number>(bounds.length + 1).fill(0),
      responsibleLeadsTeam: rows[0]?.leadsTeam ?? false,
      soonest: rows
        .filter((row) => row.id !== null)
        .map((row) => joinedActivityRecord(row as JoinedActivityRow)),
    };
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

/** insertKnown's statement: the activity and its CREATED event. */
function insertKnownSql({ data, changes, at }: KnownInsert): Prisma.Sql {
  return Prisma.sql`
      WITH inserted AS (
        INSERT INTO "Activity" ("workspaceId", "personId", "organizationId", "typeId", "subject", "status",
          "startAt", "endAt", "dueAt", "completedAt", "responsibleId", "notes", "isPrivate", "creatorId",
          "updatedById", "source", "permalink", "createdAt", "updatedAt", "remindLeadMinutes", "remindAt",
          "outcomeAskAt", "outcomePostponed", "recurrence")
        VALUES (${data.workspaceId}, ${data.personId}, ${data.organizationId}::int, ${data.typeId},
          ${data.subject}, ${data.status}::text::"ActivityStatus", ${utcText(data.startAt)}::timestamp(3),
          ${utcText(data.endAt)}::timestamp(3), ${utcText(data.dueAt)}::timestamp(3),
          ${utcText(data.completedAt)}::timestamp(3), ${data.responsibleId}, ${data.notes}::text, ${data.isPrivate},
          ${data.creatorId}::int, ${data.creatorId}::int, ${data.source}::text::"ActivitySource",
          ${data.permalink}::text, ${utcText(at)}::timestamp(3), ${utcText(at)}::timestamp(3),
          ${data.remindLeadMinutes}::int, ${utcText(data.remindAt)}::timestamp(3),
          ${utcText(data.outcomeAskAt)}::timestamp(3), ${data.outcomePostponed}::boolean,
          ${data.recurrence}::text)
        RETURNING "id", "workspaceId"
      )
      INSERT INTO "ActivityEvent" ("workspaceId", "activityId", "actorId", "actorLabel", "kind", "changes", "createdAt")
      SELECT i."workspaceId", i."id", ${data.creatorId}::int, ${data.actorLabel ?? null}::text,
        'CREATED'::"ActivityEventKind", ${JSON.stringify(changes)}::jsonb, ${utcText(at)}::timestamp(3)
      FROM inserted i
      RETURNING "activityId" AS "id"`;
}

/** insertKnownMany's statement: a group of activities and their CREATED events, in the group's order. */
function insertKnownManySql(group: KnownInsert[]): Prisma.Sql {
  const column = <T>(pick: (one: KnownInsert) => T) => group.map(pick);
  return Prisma.sql`
      WITH input AS MATERIALIZED (
        SELECT nextval(pg_get_serial_sequence('"Activity"', 'id'))::int AS "id", u.*
        FROM unnest(
          ${column((one) => one.data.workspaceId)}::int[],
          ${column((one) => one.data.personId)}::int[],
          ${column((one) => one.data.organizationId)}::int[],
          ${column((one) => one.data.typeId)}::int[],
          ${column((one) => one.data.subject)}::text[],
          ${column((one) => one.data.status)}::text[],
          ${column((one) => utcText(one.data.startAt))}::timestamp(3)[],
          ${column((one) => utcText(one.data.endAt))}::timestamp(3)[],
          ${column((one) => utcText(one.data.dueAt))}::timestamp(3)[],
          ${column((one) => utcText(one.data.completedAt))}::timestamp(3)[],
          ${column((one) => one.data.responsibleId)}::int[],
          ${column((one) => one.data.notes)}::text[],
          ${column((one) => one.data.isPrivate)}::boolean[],
          ${column((one) => one.data.creatorId)}::int[],
          ${column((one) => one.data.source)}::text[],
          ${column((one) => one.data.permalink)}::text[],
          ${column((one) => utcText(one.at))}::timestamp(3)[],
          ${column((one) => one.data.remindLeadMinutes)}::int[],
          ${column((one) => utcText(one.data.remindAt))}::timestamp(3)[],
          ${column((one) => utcText(one.data.outcomeAskAt))}::timestamp(3)[],
          ${column((one) => one.data.outcomePostponed)}::boolean[],
          ${column((one) => one.data.recurrence)}::text[],
          ${column((one) => one.data.actorLabel ?? null)}::text[],
          ${column((one) => JSON.stringify(one.changes))}::text[]
        ) WITH ORDINALITY AS u("workspaceId", "personId", "organizationId", "typeId", "subject", "status",
          "startAt", "endAt", "dueAt", "completedAt", "responsibleId", "notes", "isPrivate", "creatorId",
          "source", "permalink", "at", "remindLeadMinutes", "remindAt", "outcomeAskAt", "outcomePostponed",
          "recurrence", "actorLabel", "changes", "item")
        ORDER BY u."item"
      ),
      inserted AS (
        INSERT INTO "Activity" ("id", "workspaceId", "personId", "organizationId", "typeId", "subject", "status",
          "startAt", "endAt", "dueAt", "completedAt", "responsibleId", "notes", "isPrivate", "creatorId",
          "updatedById", "source", "permalink", "createdAt", "updatedAt", "remindLeadMinutes", "remindAt",
          "outcomeAskAt", "outcomePostponed", "recurrence")
        SELECT i."id", i."workspaceId", i."personId", i."organizationId", i."typeId", i."subject",
          i."status"::"ActivityStatus", i."startAt", i."endAt", i."dueAt", i."completedAt", i."responsibleId",
          i."notes", i."isPrivate", i."creatorId", i."creatorId", i."source"::"ActivitySource", i."permalink",
          i."at", i."at", i."remindLeadMinutes", i."remindAt", i."outcomeAskAt", i."outcomePostponed",
          i."recurrence"
        FROM input i
        RETURNING "id"
      ),
      events AS (
        INSERT INTO "ActivityEvent" ("workspaceId", "activityId", "actorId", "actorLabel", "kind", "changes", "createdAt")
        SELECT i."workspaceId", i."id", i."creatorId", i."actorLabel", 'CREATED'::"ActivityEventKind",
          i."changes"::jsonb, i."at"
        FROM input i JOIN inserted a ON a."id" = i."id"
      )
      SELECT i."id" FROM input i ORDER BY i."item"`;
}

/** The record insertKnown wrote: the row as given, with the relations the caller knew. */
function knownRecord(id: number, { data, at, known }: KnownInsert): ActivityRecord {
  return {
    id,
    workspaceId: data.workspaceId,
    subject: data.subject,
    status: data.status,
    startAt: data.startAt,
    endAt: data.endAt,
    dueAt: data.dueAt,
    completedAt: data.completedAt,
    notes: data.notes,
    isPrivate: data.isPrivate,
    source: data.source,
    permalink: data.permalink,
    remindLeadMinutes: data.remindLeadMinutes,
    remindAt: data.remindAt,
    outcomeAskAt: data.outcomeAskAt,
    outcomePostponed: data.outcomePostponed,
    // A series is made after the insert, in the same transaction (product §3.6).
    seriesId: null,
    recurrence: data.recurrence,
    version: 1,
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
    ...known,
    updatedBy: known.creator,
    deletedBy: null,
  };
}
