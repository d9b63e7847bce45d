import type { PersonSummary } from '../../domain/activities/activity-ports';
import type { ActivityType } from '../../domain/activity-types/activity-type';
import type {
  IntegrationReferences,
  PersonHits,
  PersonKeys,
  ReferenceQuery,
  ReferencesFound,
} from '../../domain/messages/message-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';

interface PersonRow {
  item: number;
  rank: 1 | 2 | 3;
  id: number;
  name: string;
  archived: boolean;
  organizationId: number | null;
  organizationName: string | null;
  organizationArchived: boolean | null;
}

type TypeRow = ActivityType & { text: string };

const texts = (values: (string | null | undefined)[]) => values.map((value) => value ?? null);

/**
 * The API's references of one request, or of a whole batch, read together: persons
 * by external id, e-mail or phone, activity types by key or name, employees by
 * e-mail. Three set-based statements sent at once instead of one per reference, so
 * a batch of 500 messages costs what one message costs.
 */
export class ApiReferenceRepository implements IntegrationReferences {
  constructor(private readonly prisma: PrismaClient) {}

  async find(workspaceId: number, query: ReferenceQuery): Promise<ReferencesFound> {
    const [persons, types, employees] = await Promise.all([
      this.persons(workspaceId, query.persons),
      this.types(workspaceId, query.types),
      this.employees(workspaceId, query.employeeEmails),
    ]);
    return { persons, types, employees };
  }

  /**
   * The same look-ups as personByExternalId, personByEmail and personIdsByPhone,
   * for every reference at once. A phone matches through the trigram index on
   * searchText (which holds touchbase_phone_keys) and is checked exactly after.
   */
  private async persons(workspaceId: number, refs: PersonKeys[]): Promise<PersonHits[]> {
    const hits: PersonHits[] = refs.map(() => ({ byExternalId: null, byEmail: null, byPhone: [] }));
    if (refs.length === 0) return hits;
    const columns = Prisma.sql`p."id", p."name", p."archived", p."organizationId"`;
    const rows = await this.prisma.$queryRaw<PersonRow[]>`
      WITH refs AS (
        SELECT * FROM unnest(
          ${texts(refs.map((ref) => ref.externalId))}::text[],
          ${texts(refs.map((ref) => ref.email))}::text[],
          ${texts(refs.map((ref) => ref.phoneKey))}::text[]
        ) WITH ORDINALITY AS r("externalId", "email", "phoneKey", "item")
      )
      SELECT (r."item" - 1)::int AS "item", m."rank", m."id", m."name", m."archived", m."organizationId",
             o."name" AS "organizationName", o."archived" AS "organizationArchived"
      FROM refs r
      CROSS JOIN LATERAL (
        (SELECT ${columns}, 1 AS "rank" FROM "Person" p
          WHERE r."externalId" IS NOT NULL AND p."workspaceId" = ${workspaceId} AND p."externalId" = r."externalId")
        UNION ALL
        (SELECT ${columns}, 2 AS "rank" FROM "Person" p
          WHERE r."email" IS NOT NULL AND p."workspaceId" = ${workspaceId} AND p."email" = r."email")
        UNION ALL
        (SELECT ${columns}, 3 AS "rank" FROM "Person" p
          WHERE r."phoneKey" IS NOT NULL AND p."workspaceId" = ${workspaceId}
            AND p."searchText" LIKE '%' || r."phoneKey" || '%'
            AND r."phoneKey" = ANY (string_to_array(touchbase_phone_keys(p."phone"), ' '))
          ORDER BY p."archived", p."id"
          LIMIT 2)
      ) m
      LEFT JOIN "Organization" o ON o."id" = m."organizationId"
      ORDER BY 1, 2`;
    for (const row of rows) {
      const hit = hits[row.item];
      if (!hit) continue;
      const person: PersonSummary = {
        id: row.id,
        name: row.name,
        archived: row.archived,
        organization:
          row.organizationId === null
            ? null
            : {
                id: row.organizationId,
                name: row.organizationName ?? '',
                archived: row.organizationArchived ?? false,
              },
      };
      if (row.rank === 1) hit.byExternalId = person;
      else if (row.rank === 2) hit.byEmail = person;
      else hit.byPhone.push(person);
    }
    return hits;
  }

  /** As typeIdByKeyOrName, for several texts: by key, or by name in either language; the key first, then active ones, by position. */
  private async types(workspaceId: number, sent: string[]): Promise<Map<string, ActivityType>> {
    const distinct = [...new Set(sent)];
    if (distinct.length === 0) return new Map();
    const rows = await this.prisma.$queryRaw<TypeRow[]>`
      SELECT DISTINCT ON (q."text") q."text", t."id", t."workspaceId", t."key", t."nameEn", t."nameSv",
             t."position", t."archived", t."defaultSubject", t."defaultDueDays", t."followUpTypeId",
             t."reminderLeadMinutes", t."askOutcome", t."defaultDurationMinutes", t."createdAt", t."updatedAt"
      FROM unnest(${distinct}::text[]) AS q("text")
      JOIN "ActivityType" t ON t."workspaceId" = ${workspaceId}
        AND (upper(t."key") = upper(q."text") OR lower(t."nameEn") = lower(q."text")
          OR lower(t."nameSv") = lower(q."text"))
      ORDER BY q."text", (upper(t."key") = upper(q."text")) IS TRUE DESC, t."archived", t."position", t."id"`;
    return new Map(rows.map(({ text, ...type }) => [text, type]));
  }

  /** As employeeSlackIdByEmail, for several addresses: people before bots, active before deactivated. */
  private async employees(workspaceId: number, sent: string[]): Promise<Map<string, string>> {
    const distinct = [...new Set(sent)];
    if (distinct.length === 0) return new Map();
    const rows = await this.prisma.$queryRaw<{ email: string; slackUserId: string }[]>`
      SELECT DISTINCT ON (q."email") q."email", e."slackUserId"
      FROM unnest(${distinct}::text[]) AS q("email")
      JOIN "Employee" e ON e."workspaceId" = ${workspaceId} AND lower(e."email") = lower(q."email")
      ORDER BY q."email", e."isDeleted", e."isBot", e."id"`;
    return new Map(rows.map((row) => [row.email, row.slackUserId]));
  }
}
