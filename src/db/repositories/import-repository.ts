import type { PrismaClient } from '../../generated/prisma/client';
import { utcTimestamp } from './digest-delivery-repository';

export interface StoredPerson {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  organizationId: number | null;
}

export interface StoredOrganization {
  id: number;
  name: string;
  orgNumber: string | null;
  email: string | null;
  phone: string | null;
  externalId: string | null;
}

export interface OrganizationValues {
  name: string;
  orgNumber: string | null;
  email: string | null;
  phone: string | null;
  externalId: string | null;
}

export interface PersonValues {
  name: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
}

/** A person's organization: stored already, or one created earlier in the same batch (by its place there). */
export type OrganizationRef = { id: number } | { newIndex: number } | null;

/** Every write of one batch; `applyBatch` makes it all or nothing. */
export interface ImportBatch {
  newOrganizations: OrganizationValues[];
  organizationUpdates: (OrganizationValues & { id: number })[];
  newPersons: (PersonValues & { organization: OrganizationRef })[];
  /** `organization` undefined: keep the stored one. */
  personUpdates: (PersonValues & { id: number; organization?: OrganizationRef })[];
}

export interface OrganizationKeys {
  externalIds: string[];
  emails: string[];
  orgNumbers: string[];
  /** Lower-cased names. */
  names: string[];
}

const PERSON_COLUMNS = {
  id: true,
  name: true,
  email: true,
  phone: true,
  externalId: true,
  organizationId: true,
} as const;

/**
 * The set-based reads and writes of a contact import: a batch of rows costs a few
 * statements, whatever its size, so 100 k rows need no 100 k round trips.
 */
export class ImportRepository {
  constructor(private readonly prisma: PrismaClient) {}

  personsByKeys(workspaceId: number, externalIds: string[], emails: string[]): Promise<StoredPerson[]> {
    if (externalIds.length === 0 && emails.length === 0) return Promise.resolve([]);
    return this.prisma.person.findMany({
      where: { workspaceId, OR: [{ externalId: { in: externalIds } }, { email: { in: emails } }] },
      select: PERSON_COLUMNS,
    });
  }

  /** Organizations holding any of the keys; by name and number only among those not archived. */
  organizationsByKeys(workspaceId: number, keys: OrganizationKeys): Promise<StoredOrganization[]> {
    if (Object.values(keys).every((list) => list.length === 0)) return Promise.resolve([]);
    return this.prisma.$queryRaw<StoredOrganization[]>`
      SELECT id, name, "orgNumber", email, phone, "externalId"
      FROM "Organization"
      WHERE "workspaceId" = ${workspaceId}::int AND (
        "externalId" IN (SELECT value FROM json_array_elements_text(${JSON.stringify(keys.externalIds)}::json))
        OR email IN (SELECT value FROM json_array_elements_text(${JSON.stringify(keys.emails)}::json))
        OR (NOT archived AND "orgNumber" IN
          (SELECT value FROM json_array_elements_text(${JSON.stringify(keys.orgNumbers)}::json)))
        OR (NOT archived AND lower(name) IN
          (SELECT value FROM json_array_elements_text(${JSON.stringify(keys.names)}::json))))
      ORDER BY id`;
  }

  /** One transaction: new organizations first (their ids reserved up front), then persons. */
  applyBatch(workspaceId: number, batch: ImportBatch, now: Date): Promise<{ organizationIds: number[] }> {
    const at = utcTimestamp(now);
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
