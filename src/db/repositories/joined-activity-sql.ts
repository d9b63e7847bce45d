import type { ActivityRecord } from '../../domain/activities/activity-record';
import { Prisma } from '../../generated/prisma/client';
import { type StoredActivityColumns, storedActivityColumns, storedColumnsOf } from './activity-columns';

/**
 * An activity read in raw SQL with every relation an ActivityRecord carries in the same
 * statement (joined, or looked up per row), flat: the guarded write's RETURNING read, the
 * digest's ranked read and App Home's soonest all use it, so what one of them shows the
 * others show too. The activity is aliased `a`.
 */
export interface JoinedActivityRow extends StoredActivityColumns {
  deletedAt: Date | null;
  personId: number;
  personName: string;
  personOrgId: number | null;
  personOrgName: string | null;
  orgId: number | null;
  orgName: string | null;
  typeId: number;
  typeNameEn: string;
  typeNameSv: string;
  typeKey: string | null;
  typeArchived: boolean;
  typeAskOutcome: boolean;
  typeDurationMinutes: number;
  respId: number;
  respSlack: string;
  respName: string;
  creatorId: number | null;
  creatorSlack: string | null;
  creatorName: string | null;
  updaterId: number | null;
  updaterSlack: string | null;
  updaterName: string | null;
  deleterId: number | null;
  deleterSlack: string | null;
  deleterName: string | null;
}

/** Enums come back as text, the way the domain holds them. */
const AS_TEXT = new Set<string>(['status', 'source']);

/**
 * The stored columns, written from `storedActivityColumns` so a column added there is read
 * here too; then the deletion and every relation's columns.
 */
export const joinedActivityColumnsSql = Prisma.raw(
  [
    ...Object.keys(storedActivityColumns).map((column) =>
      AS_TEXT.has(column) ? `a."${column}"::text AS "${column}"` : `a."${column}"`,
    ),
    `a."deletedAt"`,
    `p.id AS "personId", p.name AS "personName", po.id AS "personOrgId", po.name AS "personOrgName"`,
    `o.id AS "orgId", o.name AS "orgName"`,
    `t.id AS "typeId", t."nameEn" AS "typeNameEn", t."nameSv" AS "typeNameSv", t.key AS "typeKey"`,
    `t.archived AS "typeArchived", t."askOutcome" AS "typeAskOutcome"`,
    `t."defaultDurationMinutes" AS "typeDurationMinutes"`,
    `e.id AS "respId", e."slackUserId" AS "respSlack", e.name AS "respName"`,
    `c.id AS "creatorId", c."slackUserId" AS "creatorSlack", c.name AS "creatorName"`,
    `ub.id AS "updaterId", ub."slackUserId" AS "updaterSlack", ub.name AS "updaterName"`,
    `db.id AS "deleterId", db."slackUserId" AS "deleterSlack", db.name AS "deleterName"`,
  ].join(',\n  '),
);

/** The joins `joinedActivityColumnsSql` reads from, after a FROM that names the activity `a`. */
export const joinedActivityRelationsSql = Prisma.raw(`JOIN "Person" p ON p.id = a."personId"
  LEFT JOIN "Organization" po ON po.id = p."organizationId"
  LEFT JOIN "Organization" o ON o.id = a."organizationId"
  JOIN "ActivityType" t ON t.id = a."typeId"
  JOIN "Employee" e ON e.id = a."responsibleId"
  LEFT JOIN "Employee" c ON c.id = a."creatorId"
  LEFT JOIN "Employee" ub ON ub.id = a."updatedById"
  LEFT JOIN "Employee" db ON db.id = a."deletedById"`);

/**
 * The same relations under the same aliases, each looked up by its key (LATERAL … LIMIT 1)
 * instead of joined: for a few activities, such as App Home's soonest or the one row a
 * guarded write returns, the planner then has no order of nine tables to search. That search
 * took longer than running the statement (about 2.5 ms of planning on PostgreSQL and 3 ms on
 * PGlite, against 0.7 and 1.2); for many rows, such as a digest batch, the joins' hash tables
 * are the better plan. Every key but the nullable ones has a foreign key, so the LEFT joins
 * find the same rows the inner joins of `joinedActivityRelationsSql` do.
 */
export const lookedUpActivityRelationsSql = Prisma.raw(`LEFT JOIN LATERAL (
    SELECT p.id, p.name, p."organizationId" FROM "Person" p WHERE p.id = a."personId" LIMIT 1) p ON TRUE
  LEFT JOIN LATERAL (
    SELECT po.id, po.name FROM "Organization" po WHERE po.id = p."organizationId" LIMIT 1) po ON TRUE
  LEFT JOIN LATERAL (
    SELECT o.id, o.name FROM "Organization" o WHERE o.id = a."organizationId" LIMIT 1) o ON TRUE
  LEFT JOIN LATERAL (
    SELECT t.id, t."nameEn", t."nameSv", t.key, t.archived, t."askOutcome", t."defaultDurationMinutes"
      FROM "ActivityType" t WHERE t.id = a."typeId" LIMIT 1) t ON TRUE
  LEFT JOIN LATERAL (
    SELECT e.id, e."slackUserId", e.name FROM "Employee" e WHERE e.id = a."responsibleId" LIMIT 1) e ON TRUE
  LEFT JOIN LATERAL (
    SELECT c.id, c."slackUserId", c.name FROM "Employee" c WHERE c.id = a."creatorId" LIMIT 1) c ON TRUE
  LEFT JOIN LATERAL (
    SELECT ub.id, ub."slackUserId", ub.name FROM "Employee" ub WHERE ub.id = a."updatedById" LIMIT 1) ub ON TRUE
  LEFT JOIN LATERAL (
    SELECT db.id, db."slackUserId", db.name FROM "Employee" db WHERE db.id = a."deletedById" LIMIT 1) db ON TRUE`);

const namedOrNull = (id: number | null, name: string | null) =>
  id === null ? null : { id, name: name ?? '' };
const employeeOrNull = (id: number | null, slackUserId: string | null, name: string | null) =>
  id === null ? null : { id, slackUserId: slackUserId ?? '', name: name ?? '' };

/** The same record a Prisma read of the activity with its relations makes. */
export function joinedActivityRecord(row: JoinedActivityRow): ActivityRecord {
  // Assigned onto the columns' object, not spread into a literal with them: V8 defines each
  // property written after a spread through a slow path (45 records on Node 20: about 1.2 ms,
  // now 0.03).
  return Object.assign(storedColumnsOf(row), {
    person: {
      id: row.personId,
      name: row.personName,
      organization: namedOrNull(row.personOrgId, row.personOrgName),
    },
    organization: namedOrNull(row.orgId, row.orgName),
    type: {
      id: row.typeId,
      key: row.typeKey,
      archived: row.typeArchived,
      names: { en: row.typeNameEn, sv: row.typeNameSv },
      askOutcome: row.typeAskOutcome,
      defaultDurationMinutes: row.typeDurationMinutes,
    },
    responsible: { id: row.respId, slackUserId: row.respSlack, name: row.respName },
    creator: employeeOrNull(row.creatorId, row.creatorSlack, row.creatorName),
    updatedBy: employeeOrNull(row.updaterId, row.updaterSlack, row.updaterName),
    deletedAt: row.deletedAt,
    deletedBy: employeeOrNull(row.deleterId, row.deleterSlack, row.deleterName),
  });
}
