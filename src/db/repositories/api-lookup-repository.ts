import type { Organization, PersonWithOrganization } from '../../domain/contacts/contact';
import type {
  ActivityChange,
  ApiActivityPageQuery,
  ApiPersonPageQuery,
  ChangePage,
  ChangePosition,
  IntegrationLookups,
  PersonChange,
} from '../../domain/messages/message-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { utcTimestamp } from './digest-delivery-repository';
import { phoneKeysHold } from './phone-keys-sql';

const after = (position: ChangePosition | undefined, changeId: Prisma.Sql, id: Prisma.Sql) =>
  position
    ? Prisma.sql`AND (${changeId}, ${id}) > (${position.changeId}::bigint, ${position.id}::int)`
    : Prisma.empty;

/**
 * A change feed's conditions on one table: the workspace's rows whose change committed
 * below the horizon, changed since `since` (by `timeColumn`), after the keyset position
 * (by `idColumn`).
 */
interface FeedRead {
  workspaceId: number;
  horizon: bigint;
  since: Date | undefined;
  position: ChangePosition | undefined;
}

function feedConditions(feed: FeedRead & { timeColumn: Prisma.Sql; idColumn: Prisma.Sql }): Prisma.Sql {
  const since = feed.since ? Prisma.sql`AND ${feed.timeColumn} >= ${utcTimestamp(feed.since)}` : Prisma.empty;
  return Prisma.sql`"workspaceId" = ${feed.workspaceId}::int AND "changeId" < ${feed.horizon}::bigint
    ${since} ${after(feed.position, Prisma.sql`"changeId"`, feed.idColumn)}`;
}

/** The feed's conditions on the stored rows (by updatedAt, id) and on their tombstones (by deletedAt, `goneId`). */
function feedTables(feed: FeedRead, goneId: Prisma.Sql): { stored: Prisma.Sql; gone: Prisma.Sql } {
  return {
    stored: feedConditions({ ...feed, timeColumn: Prisma.sql`"updatedAt"`, idColumn: Prisma.sql`id` }),
    gone: feedConditions({ ...feed, timeColumn: Prisma.sql`"deletedAt"`, idColumn: goneId }),
  };
}

/**
 * The look-ups an integration needs and the Slack surfaces do not: contacts by
 * external id, e-mail or phone, employees by e-mail, types by key or name, and
 * changed activities in update order for sync.
 */
export class ApiLookupRepository implements IntegrationLookups {
  constructor(private readonly prisma: PrismaClient) {}

  personByExternalId(workspaceId: number, externalId: string): Promise<PersonWithOrganization | null> {
    return this.prisma.person.findUnique({
      where: { workspaceId_externalId: { workspaceId, externalId } },
      include: { organization: true },
    });
  }

  personByEmail(workspaceId: number, email: string): Promise<PersonWithOrganization | null> {
    return this.prisma.person.findUnique({
      where: { workspaceId_email: { workspaceId, email } },
      include: { organization: true },
    });
  }

  /**
   * Persons whose phone is the same number however it was written: `key` is
   * the digits, and touchbase_phone_keys (first migration) lists both the
   * national 0… and the +46… form (see phoneKeysHold). At most `limit`.
   */
  async personIdsByPhone(workspaceId: number, key: string, limit: number): Promise<number[]> {
    const rows = await this.prisma.$queryRaw<{ id: number }[]>`
      SELECT p."id" FROM (SELECT * FROM "Person" p WHERE ${phoneKeysHold(Prisma.sql`${key}::text`)} OFFSET 0) p
      WHERE p."workspaceId" = ${workspaceId}
      ORDER BY p."archived", p."id"
      LIMIT ${limit}`;
    return rows.map((row) => row.id);
  }

  personById(workspaceId: number, id: number): Promise<PersonWithOrganization | null> {
    return this.prisma.person.findFirst({ where: { id, workspaceId }, include: { organization: true } });
  }

  organizationByExternalId(workspaceId: number, externalId: string): Promise<Organization | null> {
    return this.prisma.organization.findUnique({
      where: { workspaceId_externalId: { workspaceId, externalId } },
    });
  }

  /** The Slack id of a known employee with this e-mail (any case), people before bots. */
  async employeeSlackIdByEmail(workspaceId: number, email: string): Promise<string | null> {
    // Plain equality on lower(): ILIKE would read % and _ in the address as wildcards.
    const rows = await this.prisma.$queryRaw<{ slackUserId: string }[]>`
      SELECT "slackUserId" FROM "Employee"
      WHERE "workspaceId" = ${workspaceId} AND lower("email") = lower(${email})
      ORDER BY "isDeleted", "isBot", "id"
      LIMIT 1`;
    return rows[0]?.slackUserId ?? null;
  }

  /** A type by its built-in key (EMAIL, SMS …) or by its name in either language, ignoring case; active ones first. */
  async typeIdByKeyOrName(workspaceId: number, text: string): Promise<number | null> {
    const rows = await this.prisma.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "ActivityType"
      WHERE "workspaceId" = ${workspaceId}
        AND (upper("key") = upper(${text}) OR lower("nameEn") = lower(${text}) OR lower("nameSv") = lower(${text}))
      ORDER BY (upper("key") = upper(${text})) IS TRUE DESC, "archived", "position", "id"
      LIMIT 1`;
    return rows[0]?.id ?? null;
  }

  /** Every change below it has finished: read first, so every transaction below it finished before the rows are. */
  private async horizon(): Promise<bigint> {
    const [snapshot] = await this.prisma.$queryRaw<{ horizon: string }[]>`
      SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`;
    return BigInt(snapshot?.horizon ?? '0');
  }

  /**
   * Activities in commit order (the `changeId` a trigger stamps on every write, and
   * on the tombstone a deleted row leaves), only those written by transactions that
   * have finished: a change still being committed elsewhere waits for the next read
   * instead of being overtaken by the cursor. Clocks play no part, so a replica whose
   * clock is behind cannot hide a change behind a cursor. Deleted, private and purged
   * ones come too, whatever the status filter, so a client learns to drop them.
   */
  async changedActivities(
    workspaceId: number,
    query: ApiActivityPageQuery,
  ): Promise<ChangePage<ActivityChange>> {
    const horizon = await this.horizon();
    const { stored, gone } = feedTables(
      { workspaceId, horizon, since: query.updatedSince, position: query.after },
      Prisma.sql`"activityId"`,
    );
    const statuses = query.statuses
      ? Prisma.sql`AND ("deletedAt" IS NOT NULL OR "isPrivate" OR status::text IN (${Prisma.join(query.statuses)}))`
      : Prisma.empty;
    const rows = await this.prisma.$queryRaw<
      { id: number; changeId: bigint; state: ActivityChange['state'] }[]
    >`
      (SELECT id, "changeId",
              CASE WHEN "deletedAt" IS NOT NULL THEN 'deleted' WHEN "isPrivate" THEN 'private' ELSE 'shown' END AS state
         FROM "Activity"
        WHERE ${stored}
          ${statuses}
        ORDER BY "changeId", id LIMIT ${query.take}::int)
      UNION ALL
      (SELECT "activityId" AS id, "changeId", 'gone' AS state
         FROM "ActivityTombstone"
        WHERE ${gone}
        ORDER BY "changeId", "activityId" LIMIT ${query.take}::int)
      ORDER BY "changeId", id LIMIT ${query.take}::int`;
    return { changes: rows.map((row) => ({ ...row, changeId: BigInt(row.changeId) })), horizon };
  }

  /** Persons (archived ones too) and persons deleted for good, in commit order, as `changedActivities`. */
  async changedPersons(workspaceId: number, query: ApiPersonPageQuery): Promise<ChangePage<PersonChange>> {
    const horizon = await this.horizon();
    const { stored, gone } = feedTables(
      { workspaceId, horizon, since: query.updatedSince, position: query.after },
      Prisma.sql`"personId"`,
    );
    const rows = await this.prisma.$queryRaw<
      { id: number; changeId: bigint; gone: boolean; externalId: string | null }[]
    >`
      (SELECT id, "changeId", false AS gone, "externalId"
         FROM "Person"
        WHERE ${stored}
        ORDER BY "changeId", id LIMIT ${query.take}::int)
      UNION ALL
      (SELECT "personId" AS id, "changeId", true AS gone, "externalId"
         FROM "PersonTombstone"
        WHERE ${gone}
        ORDER BY "changeId", "personId" LIMIT ${query.take}::int)
      ORDER BY "changeId", id LIMIT ${query.take}::int`;
    return { changes: rows.map((row) => ({ ...row, changeId: BigInt(row.changeId) })), horizon };
  }

  /** Persons with their organization, in the order of `ids`. */
  async personsByIds(workspaceId: number, ids: number[]): Promise<PersonWithOrganization[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.person.findMany({
      where: { workspaceId, id: { in: ids } },
      include: { organization: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Undoes a person created for a request that was then refused, unless an activity uses them by now. */
  async deletePersonIfUnused(workspaceId: number, id: number): Promise<void> {
    await this.prisma.person.deleteMany({ where: { id, workspaceId, activities: { none: {} } } });
  }
}
