import type { PersonSummaries, PersonSummary } from '../../domain/activities/activity-ports';
import type { ActivityType } from '../../domain/activity-types/activity-type';
import type { PrismaClient } from '../../generated/prisma/client';

/** The person's columns in `findWithType`'s row; all null when not found. */
interface PersonColumns {
  personId: number | null;
  personName: string | null;
  personArchived: boolean | null;
  orgId: number | null;
  orgName: string | null;
  orgArchived: boolean | null;
}

/** A person with their organization, as the activity form and its rules need them (and lists their names). */
export class PersonSummaryRepository implements PersonSummaries {
  constructor(private readonly prisma: PrismaClient) {}

  find(workspaceId: number, id: number): Promise<PersonSummary | null> {
    return this.prisma.person.findFirst({
      where: { id, workspaceId },
      select: {
        id: true,
        name: true,
        archived: true,
        organization: { select: { id: true, name: true, archived: true } },
      },
    });
  }

  /**
   * `find` and the type catalogue's `findById` as one statement: a saved form needs both,
   * and on the embedded database every statement waits its turn on the app's one thread.
   */
  async findWithType(
    workspaceId: number,
    { personId, typeId }: { personId: number; typeId: number },
  ): Promise<{ person: PersonSummary | null; type: ActivityType | null }> {
    const [row] = await this.prisma.$queryRaw<(PersonColumns & TypeColumns)[]>`
      SELECT p.id AS "personId", p.name AS "personName", p.archived AS "personArchived",
        o.id AS "orgId", o.name AS "orgName", o.archived AS "orgArchived",
        t.id AS "typeId", t."workspaceId" AS "typeWorkspaceId", t.key AS "typeKey", t."nameEn" AS "typeNameEn",
        t."nameSv" AS "typeNameSv", t.position AS "typePosition", t.archived AS "typeArchived",
        t."defaultSubject" AS "typeDefaultSubject", t."defaultDueDays" AS "typeDefaultDueDays",
        t."followUpTypeId" AS "typeFollowUpTypeId", t."reminderLeadMinutes" AS "typeReminderLeadMinutes",
        t."askOutcome" AS "typeAskOutcome", t."defaultDurationMinutes" AS "typeDefaultDurationMinutes",
        t."createdAt" AS "typeCreatedAt", t."updatedAt" AS "typeUpdatedAt"
      FROM (SELECT 1) AS one
      LEFT JOIN "Person" p ON p.id = ${personId}::int AND p."workspaceId" = ${workspaceId}::int
      LEFT JOIN "Organization" o ON o.id = p."organizationId"
      LEFT JOIN "ActivityType" t ON t.id = ${typeId}::int AND t."workspaceId" = ${workspaceId}::int`;
    if (!row) return { person: null, type: null };
    const person: PersonSummary | null =
      row.personId === null
        ? null
        : {
            id: row.personId,
            name: row.personName ?? '',
            archived: row.personArchived ?? false,
            organization:
              row.orgId === null
                ? null
                : { id: row.orgId, name: row.orgName ?? '', archived: row.orgArchived ?? false },
          };
    return { person, type: typeOf(row) };
  }

  /** An organization's name, e.g. for the title of its activity list. */
  findOrganization(
    workspaceId: number,
    id: number,
  ): Promise<{ id: number; name: string; archived: boolean } | null> {
    return this.prisma.organization.findFirst({
      where: { id, workspaceId },
      select: { id: true, name: true, archived: true },
    });
  }
}

/** The type's columns in `findWithType`'s row, named `type<Column>`; all null when not found. */
interface TypeColumns {
  typeId: number | null;
  typeWorkspaceId: number;
  typeKey: string | null;
  typeNameEn: string;
  typeNameSv: string;
  typePosition: number;
  typeArchived: boolean;
  typeDefaultSubject: string | null;
  typeDefaultDueDays: number | null;
  typeFollowUpTypeId: number | null;
  typeReminderLeadMinutes: number | null;
  typeAskOutcome: boolean;
  typeDefaultDurationMinutes: number;
  typeCreatedAt: Date;
  typeUpdatedAt: Date;
}

function typeOf(row: TypeColumns): ActivityType | null {
  if (row.typeId === null) return null;
  return {
    id: row.typeId,
    workspaceId: row.typeWorkspaceId,
    key: row.typeKey,
    nameEn: row.typeNameEn,
    nameSv: row.typeNameSv,
    position: row.typePosition,
    archived: row.typeArchived,
    defaultSubject: row.typeDefaultSubject,
    defaultDueDays: row.typeDefaultDueDays,
    followUpTypeId: row.typeFollowUpTypeId,
    reminderLeadMinutes: row.typeReminderLeadMinutes,
    askOutcome: row.typeAskOutcome,
    defaultDurationMinutes: row.typeDefaultDurationMinutes,
    createdAt: row.typeCreatedAt,
    updatedAt: row.typeUpdatedAt,
  };
}
