import type { ActivityStatus } from '../../domain/activities/activity-record';
import type { Organization, Prisma, PrismaClient } from '../../generated/prisma/client';
import type { PersonWithOrganization } from './person-repository';

export interface ApiActivityPageQuery {
  statuses?: ActivityStatus[];
  updatedSince?: Date;
  /** Keyset position in (updatedAt asc, id asc) order. */
  after?: { updatedAt: Date; id: number };
  take: number;
}

/**
 * The look-ups an integration needs and the Slack surfaces do not: contacts by
 * external id, e-mail or phone, employees by e-mail, types by key or name, and
 * changed activities in update order for sync.
 */
export class ApiLookupRepository {
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

  /** A type by its built-in key (EMAIL, SMS …) or by its name, ignoring case; active ones first. */
  async typeIdByKeyOrName(workspaceId: number, text: string): Promise<number | null> {
    const rows = await this.prisma.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "ActivityType"
      WHERE "workspaceId" = ${workspaceId}
        AND (upper("key") = upper(${text}) OR lower("name") = lower(${text}))
      ORDER BY (upper("key") = upper(${text})) IS TRUE DESC, "archived", "position", "id"
      LIMIT 1`;
    return rows[0]?.id ?? null;
  }

  /** Ids of public, not deleted activities changed since a time, oldest change first. */
  async changedActivityIds(workspaceId: number, query: ApiActivityPageQuery): Promise<number[]> {
    const where: Prisma.ActivityWhereInput = {
      workspaceId,
      isPrivate: false,
      deletedAt: null,
      ...(query.statuses ? { status: { in: query.statuses } } : {}),
      ...(query.updatedSince ? { updatedAt: { gte: query.updatedSince } } : {}),
      ...(query.after
        ? {
            OR: [
              { updatedAt: { gt: query.after.updatedAt } },
              { updatedAt: query.after.updatedAt, id: { gt: query.after.id } },
            ],
          }
        : {}),
    };
    const rows = await this.prisma.activity.findMany({
      where,
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      take: query.take,
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  /** Undoes a person created for a request that was then refused, unless an activity uses them by now. */
  async deletePersonIfUnused(workspaceId: number, id: number): Promise<void> {
    await this.prisma.person.deleteMany({ where: { id, workspaceId, activities: { none: {} } } });
  }
}
