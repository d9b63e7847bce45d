import type { ActivityRecord } from '../../domain/activities/activity-record';
import { Prisma } from '../../generated/prisma/client';
import { type StoredActivityColumns, storedActivityColumns, storedColumnsOf } from './activity-columns';

/**
 * An activity read in raw SQL with every relation an ActivityRecord carries joined in the
 * same statement, flat: the guarded write's RETURNING read and the digest's ranked read
 * both use it, so what one of them shows the other shows too. The activity is aliased `a`.
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

const namedOrNull = (id: number | null, name: string | null) =>
  id === null ? null : { id, name: name ?? '' };
const employeeOrNull = (id: number | null, slackUserId: string | null, name: string | null) =>
  id === null ? null : { id, slackUserId: slackUserId ?? '', name: name ?? '' };

/** The same record a Prisma read of the activity with its relations makes. */
export function joinedActivityRecord(row: JoinedActivityRow): ActivityRecord {
  return {
    ...storedColumnsOf(row),
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
  };
}
