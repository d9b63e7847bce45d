import type {
  ContactImports,
  ImportBatch,
  OrganizationKeys,
  OrganizationRef,
  StoredOrganization,
  StoredPerson,
} from '../../domain/imports/import-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { utcTimestamp } from './digest-delivery-repository';
import { mapDuplicates } from './unique-violation';

/**
 * The set-based reads and writes of a contact import: a batch of rows costs a few
 * statements, whatever its size, so 100 k rows need no 100 k round trips.
 */
export class ImportRepository implements ContactImports {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Persons holding any of the external ids or e-mails: one point lookup per key in
   * its unique index. (Asked as `IN`/`ANY` lists, the planner, whose statistics lag
   * behind a table the import is filling, may walk another index over the whole
   * workspace for every batch, which made large imports quadratic.)
   */
  personsByKeys(workspaceId: number, externalIds: string[], emails: string[]): Promise<StoredPerson[]> {
    if (externalIds.length === 0 && emails.length === 0) return Promise.resolve([]);
    return this.prisma.$queryRaw<StoredPerson[]>`
      SELECT p.id, p.name, p.email, p.phone, p."externalId", p."organizationId"
      FROM json_array_elements_text(${JSON.stringify(externalIds)}::json) AS k(value)
      CROSS JOIN LATERAL (
        SELECT * FROM "Person" WHERE "workspaceId" = ${workspaceId}::int AND "externalId" = k.value
      ) p
      UNION
      SELECT p.id, p.name, p.email, p.phone, p."externalId", p."organizationId"
      FROM json_array_elements_text(${JSON.stringify(emails)}::json) AS k(value)
      CROSS JOIN LATERAL (
        SELECT * FROM "Person" WHERE "workspaceId" = ${workspaceId}::int AND email = k.value
      ) p
      ORDER BY id`;
  }

  /** Organizations holding any of the keys (point lookups, as for persons); by name and number only among those not archived. */
  organizationsByKeys(workspaceId: number, keys: OrganizationKeys): Promise<StoredOrganization[]> {
    if (Object.values(keys).every((list) => list.length === 0)) return Promise.resolve([]);
    const lookup = (values: string[], match: Prisma.Sql) => Prisma.sql`
      SELECT o.id, o.name, o."orgNumber", o.email, o.phone, o."externalId"
      FROM json_array_elements_text(${JSON.stringify(values)}::json) AS k(value)
      CROSS JOIN LATERAL (
        SELECT * FROM "Organization" WHERE "workspaceId" = ${workspaceId}::int AND ${match}
      ) o`;
    return this.prisma.$queryRaw<StoredOrganization[]>`
      ${lookup(keys.externalIds, Prisma.sql`"externalId" = k.value`)}
      UNION ${lookup(keys.emails, Prisma.sql`email = k.value`)}
      UNION ${lookup(keys.orgNumbers, Prisma.sql`NOT archived AND "orgNumber" = k.value`)}
      UNION ${lookup(keys.names, Prisma.sql`NOT archived AND lower(name) = k.value`)}
      ORDER BY id`;
  }

  /** One transaction: new organizations first (their ids reserved up front), then persons. */
  applyBatch(workspaceId: number, batch: ImportBatch, now: Date): Promise<{ organizationIds: number[] }> {
    const at = utcTimestamp(now);
    return mapDuplicates(() => this.write(workspaceId, batch, at));
  }

  private write(
    workspaceId: number,
    batch: ImportBatch,
    at: Prisma.Sql,
  ): Promise<{ organizationIds: number[] }> {
    return this.prisma.$transaction(async (tx) => {
      const organizationIds = await reserveIds(tx, 'Organization', batch.newOrganizations.length);
      if (organizationIds.length > 0) {
        const rows = batch.newOrganizations.map((values, index) => ({
          id: organizationIds[index],
          ...values,
        }));
        await tx.$executeRaw`
          INSERT INTO "Organization" (id, "workspaceId", name, "orgNumber", email, phone, "externalId", "createdAt", "updatedAt")
          SELECT r.id, ${workspaceId}::int, r.name, r."orgNumber", r.email, r.phone, r."externalId", ${at}, ${at}
          FROM json_to_recordset(${JSON.stringify(rows)}::json)
            AS r(id int, name text, "orgNumber" text, email text, phone text, "externalId" text)`;
      }
      if (batch.organizationUpdates.length > 0) {
        await tx.$executeRaw`
          UPDATE "Organization" o
          SET name = r.name, "orgNumber" = r."orgNumber", email = r.email, phone = r.phone,
              "externalId" = r."externalId", "updatedAt" = ${at}
          FROM json_to_recordset(${JSON.stringify(batch.organizationUpdates)}::json)
            AS r(id int, name text, "orgNumber" text, email text, phone text, "externalId" text)
          WHERE o.id = r.id AND o."workspaceId" = ${workspaceId}::int`;
      }
      const organizationOf = (ref: OrganizationRef): number | null =>
        ref === null ? null : 'id' in ref ? ref.id : (organizationIds[ref.newIndex] ?? null);
      if (batch.newPersons.length > 0) {
        const rows = batch.newPersons.map(({ organization, ...values }) => ({
          ...values,
          organizationId: organizationOf(organization),
        }));
        await tx.$executeRaw`
          INSERT INTO "Person" ("workspaceId", name, email, phone, "externalId", "organizationId", "createdAt", "updatedAt")
          SELECT ${workspaceId}::int, r.name, r.email, r.phone, r."externalId", r."organizationId", ${at}, ${at}
          FROM json_to_recordset(${JSON.stringify(rows)}::json)
            AS r(name text, email text, phone text, "externalId" text, "organizationId" int)`;
      }
      if (batch.personUpdates.length > 0) {
        const rows = batch.personUpdates.map(({ organization, ...values }) => ({
          ...values,
          keepOrganization: organization === undefined,
          organizationId: organization === undefined ? null : organizationOf(organization),
        }));
        await tx.$executeRaw`
          UPDATE "Person" p
          SET name = r.name, email = r.email, phone = r.phone, "externalId" = r."externalId",
              "organizationId" = CASE WHEN r."keepOrganization" THEN p."organizationId" ELSE r."organizationId" END,
              "updatedAt" = ${at}
          FROM json_to_recordset(${JSON.stringify(rows)}::json)
            AS r(id int, name text, email text, phone text, "externalId" text, "keepOrganization" boolean, "organizationId" int)
          WHERE p.id = r.id AND p."workspaceId" = ${workspaceId}::int`;
      }
      return { organizationIds };
    });
  }
}

/** Ids from the table's own sequence, so rows inserted together can be referred to before they exist. */
async function reserveIds(
  tx: Pick<PrismaClient, '$queryRaw'>,
  table: 'Organization',
  count: number,
): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence(${`"${table}"`}, 'id'))::int AS id
    FROM generate_series(1, ${count}::int) ORDER BY 1`;
  return rows.map((row) => row.id);
}
