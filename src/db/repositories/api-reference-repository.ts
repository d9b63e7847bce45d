import type { PersonSummary } from '../../domain/activities/activity-ports';
import type { ActivityType } from '../../domain/activity-types/activity-type';
import type {
  IntegrationReferences,
  PersonHits,
  PersonKeys,
  ReferenceQuery,
  ReferencesFound,
} from '../../domain/messages/message-ports';
import { Prisma } from '../../generated/prisma/client';
import { type PlainSql, prepared } from '../plain-sql';
import { keepsGenericPlan } from './generic-plan-sql';
import { phoneKeysHold } from './phone-keys-sql';

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

/** A type as JSON: its times as `timestamp` text, without a zone (UTC, as Prisma stores them). */
type TypeJson = Omit<ActivityType, 'createdAt' | 'updatedAt'> & {
  text: string;
  createdAt: string;
  updatedAt: string;
};

interface EmployeeRow {
  email: string;
  slackUserId: string;
}

/** The rows of `query` as one JSON array in `order`; an empty array without a query. */
function asJson(query: Prisma.Sql | false, order: string): Prisma.Sql {
  if (!query) return Prisma.sql`'[]'::json`;
  return Prisma.sql`(SELECT coalesce(json_agg(x ORDER BY ${Prisma.raw(order)}), '[]'::json) FROM (${query}) x)`;
}

/** A JSON column: parsed by the driver, or its text. */
function parsed<T>(value: unknown): T[] {
  if (typeof value === 'string') return JSON.parse(value) as T[];
  return (value ?? []) as T[];
}

const utcDate = (text: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);

/** Most references a prepared look-up is used for: about what grouped single creates ask (up to 32 of each kind). */
const PREPARED_UP_TO = 96;

const texts = (values: (string | null | undefined)[]) => values.map((value) => value ?? null);

/**
 * A text[] parameter; in a prepared look-up, one whose generic plan is kept: given plainly, each
 * custom plan counted the references and came out about ten times cheaper than the generic
 * plan's guess of ten, 0.67 ms of PostgreSQL's CPU per look-up instead of 0.23 (issue 12).
 */
const textArray = (values: (string | null)[], prepared: boolean) =>
  prepared ? keepsGenericPlan(Prisma.sql`${values}::text[]`) : Prisma.sql`${values}::text[]`;

/**
 * The API's references of one request, or of a whole batch, read together: persons
 * by external id, e-mail or phone, activity types by key or name, employees by
 * e-mail. One statement of three set-based look-ups instead of one per reference, so
 * a batch of 500 messages costs what one message costs.
 */
export class ApiReferenceRepository implements IntegrationReferences {
  constructor(private readonly plain: PlainSql) {}

  async find(workspaceId: number, query: ReferenceQuery): Promise<ReferencesFound> {
    const types = [...new Set(query.types)];
    const emails = [...new Set(query.employeeEmails)];
    // One statement, each kind of reference as a JSON array: a single round trip (and,
    // on the embedded database, one statement instead of three in its queue). On the plain
    // path (issue 12). Its text depends only on which kinds are asked, so for the few
    // references of grouped single creates each of those variants is prepared once per
    // connection; a message batch's hundreds are planned for their own count each time (a
    // prepared statement's generic plan would assume a handful).
    const kinds = {
      persons: query.persons.length > 0,
      types: types.length > 0,
      employees: emails.length > 0,
    };
    const isPrepared = query.persons.length + types.length + emails.length <= PREPARED_UP_TO;
    const statement = Prisma.sql`
      SELECT ${asJson(kinds.persons && this.personsSql(workspaceId, query.persons, isPrepared), 'x."item", x."rank", x."archived", x."id"')} AS "persons",
        ${asJson(kinds.types && this.typesSql(workspaceId, types, isPrepared), 'x."text"')} AS "types",
        ${asJson(kinds.employees && this.employeesSql(workspaceId, emails, isPrepared), 'x."email"')} AS "employees"`;
    const name = isPrepared
      ? `api_references_${Number(kinds.persons)}${Number(kinds.types)}${Number(kinds.employees)}`
      : undefined;
    const [row] = await this.plain.query<{ persons: unknown; types: unknown; employees: unknown }>(
      prepared(name, statement),
    );
    return {
      persons: this.personHits(query.persons, parsed<PersonRow>(row?.persons)),
      types: new Map(
        parsed<TypeJson>(row?.types).map(({ text, createdAt, updatedAt, ...type }) => [
          text,
          { ...type, createdAt: utcDate(createdAt), updatedAt: utcDate(updatedAt) },
        ]),
      ),
      employees: new Map(parsed<EmployeeRow>(row?.employees).map((e) => [e.email, e.slackUserId])),
    };
  }

  /**
   * The same look-ups as personByExternalId, personByEmail and personIdsByPhone,
   * for every reference at once. A phone matches through the index of its keys
   * (see phoneKeysHold).
   */
  private personsSql(workspaceId: number, refs: PersonKeys[], isPrepared: boolean): Prisma.Sql {
    const columns = Prisma.sql`p."id", p."name", p."archived", p."organizationId"`;
    return Prisma.sql`
      WITH refs AS (
        SELECT * FROM unnest(
          ${textArray(texts(refs.map((ref) => ref.externalId)), isPrepared)},
          ${textArray(texts(refs.map((ref) => ref.email)), isPrepared)},
          ${textArray(texts(refs.map((ref) => ref.phoneKey)), isPrepared)}
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
        (SELECT ${columns}, 3 AS "rank"
          FROM (SELECT * FROM "Person" p WHERE ${phoneKeysHold(Prisma.sql`r."phoneKey"`)} OFFSET 0) p
          WHERE r."phoneKey" IS NOT NULL AND p."workspaceId" = ${workspaceId}
          ORDER BY p."archived", p."id"
          LIMIT 2)
      ) m
      LEFT JOIN "Organization" o ON o."id" = m."organizationId"`;
  }

  private personHits(refs: PersonKeys[], rows: PersonRow[]): PersonHits[] {
    const hits: PersonHits[] = refs.map(() => ({ byExternalId: null, byEmail: null, byPhone: [] }));
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
  private typesSql(workspaceId: number, distinct: string[], isPrepared: boolean): Prisma.Sql {
    return Prisma.sql`
      SELECT DISTINCT ON (q."text") q."text", t."id", t."workspaceId", t."key", t."nameEn", t."nameSv",
             t."position", t."archived", t."defaultSubject", t."defaultDueDays", t."followUpTypeId",
             t."reminderLeadMinutes", t."askOutcome", t."defaultDurationMinutes", t."createdAt", t."updatedAt"
      FROM unnest(${textArray(distinct, isPrepared)}) AS q("text")
      JOIN "ActivityType" t ON t."workspaceId" = ${workspaceId}
        AND (upper(t."key") = upper(q."text") OR lower(t."nameEn") = lower(q."text")
          OR lower(t."nameSv") = lower(q."text"))
      ORDER BY q."text", (upper(t."key") = upper(q."text")) IS TRUE DESC, t."archived", t."position", t."id"`;
  }

  /** As employeeSlackIdByEmail, for several addresses: people before bots, active before deactivated. */
  private employeesSql(workspaceId: number, distinct: string[], isPrepared: boolean): Prisma.Sql {
    return Prisma.sql`
      SELECT DISTINCT ON (q."email") q."email", e."slackUserId"
      FROM unnest(${textArray(distinct, isPrepared)}) AS q("email")
      JOIN "Employee" e ON e."workspaceId" = ${workspaceId} AND lower(e."email") = lower(q."email")
      ORDER BY q."email", e."isDeleted", e."isBot", e."id"`;
  }
}
