import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import type { Organization, PersonWithOrganization } from '../../domain/contacts/contact';
import type {
  ApiActivityPageQuery,
  ChangedActivities,
  IntegrationLookups,
} from '../../domain/messages/message-ports';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { visibilityWhere } from './visibility-filter';

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
   * national 0… and the +46… form. The trigram index on searchText (which holds
   * those keys) narrows the rows before the exact check. At most `limit`.
   */
  async personIdsByPhone(workspaceId: number, key: string, limit: number): Promise<number[]> {
    const rows = await this.prisma.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "Person"
      WHERE "workspaceId" = ${workspaceId}
        AND "searchText" LIKE ${`%${key}%`}
        AND ${key} = ANY (string_to_array(touchbase_phone_keys("phone"), ' '))
      ORDER BY "archived", "id"
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

  /**
   * The activities the rule allows (for a token: public, not deleted) in commit order (the `changeId` a trigger stamps
   * on every write), only those written by transactions that have finished: a
   * change still being committed elsewhere waits for the next read instead of
   * being overtaken by the cursor. Clocks play no part, so a replica whose clock
   * is behind cannot hide a change behind a cursor.
   */
  async changedActivities(rule: VisibilityRule, query: ApiActivityPageQuery): Promise<ChangedActivities> {
    // Read first: every transaction below it has finished before the rows are read below.
    const [snapshot] = await this.prisma.$queryRaw<{ horizon: string }[]>`
      SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`;
    const horizon = BigInt(snapshot?.horizon ?? '0');
    const where: Prisma.ActivityWhereInput = {
      ...visibilityWhere(rule),
      changeId: { lt: horizon },
      ...(query.statuses ? { status: { in: query.statuses } } : {}),
      ...(query.updatedSince ? { updatedAt: { gte: query.updatedSince } } : {}),
      ...(query.after
        ? {
            OR: [
              { changeId: { gt: query.after.changeId } },
              { changeId: query.after.changeId, id: { gt: query.after.id } },
            ],
          }
        : {}),
    };
    const positions = await this.prisma.activity.findMany({
      where,
      orderBy: [{ changeId: 'asc' }, { id: 'asc' }],
      take: query.take,
      select: { id: true, changeId: true },
    });
    return { positions, horizon };
  }

  /** Undoes a person created for a request that was then refused, unless an activity uses them by now. */
  async deletePersonIfUnused(workspaceId: number, id: number): Promise<void> {
    await this.prisma.person.deleteMany({ where: { id, workspaceId, activities: { none: {} } } });
  }
}
