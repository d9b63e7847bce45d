import type {
  ActivityExports,
  ExportPosition,
  ExportRow,
  ExportScope,
} from '../../domain/exports/export-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { activityScopeSql } from './activity-scope-sql';

/**
 * The activities an export holds, a page at a time in (start, id) order, so an
 * export of any size is read in bounded memory and each page is an index range.
 */
export class ExportRepository implements ActivityExports {
  constructor(private readonly prisma: PrismaClient) {}

  async page(scope: ExportScope, after: ExportPosition | null, take: number): Promise<ExportRow[]> {
    const position = after
      ? Prisma.sql`AND (a."startAt", a.id) > (${after.startAt}, ${after.id})`
      : Prisma.empty;
    // Formatting hundreds of thousands of times in JavaScript dominated an export; PostgreSQL does it in passing.
    const local = (column: Prisma.Sql) =>
      Prisma.sql`to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${scope.timezone}, 'YYYY-MM-DD HH24:MI')`;
    return this.prisma.$queryRaw<ExportRow[]>`
      SELECT a.id, t."nameEn" AS "typeNameEn", t."nameSv" AS "typeNameSv", a.subject, a.status::text AS status, p.name AS "personName",
             o.name AS "organizationName", a."startAt", ${local(Prisma.sql`a."startAt"`)} AS start,
             ${local(Prisma.sql`a."endAt"`)} AS "end", r.name AS "responsibleName", a.notes, a."isPrivate",
             ${local(Prisma.sql`a."createdAt"`)} AS created, c.name AS "creatorName",
             ${local(Prisma.sql`a."updatedAt"`)} AS updated, a.source::text AS source
        FROM "Activity" a
        JOIN "ActivityType" t ON t.id = a."typeId"
        JOIN "Person" p ON p.id = a."personId"
        JOIN "Employee" r ON r.id = a."responsibleId"
        LEFT JOIN "Organization" o ON o.id = a."organizationId"
        LEFT JOIN "Employee" c ON c.id = a."creatorId"
       WHERE ${activityScopeSql(scope)}
         AND a."startAt" >= ${scope.from} AND a."startAt" < ${scope.to}
         ${position}
       ORDER BY a."startAt", a.id
       LIMIT ${take}`;
  }
}
