import type { PersonWithOrganization } from '../../domain/contacts/contact';
import type {
  PersonData,
  PersonOrganization,
  Persons,
  UniqueField,
  UniqueValues,
} from '../../domain/contacts/contact-ports';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { holdersOf, mapDuplicates, takenAmong } from './unique-violation';

export class PersonRepository implements Persons {
  constructor(private readonly prisma: PrismaClient) {}

  findById(workspaceId: number, id: number): Promise<PersonWithOrganization | null> {
    return this.prisma.person.findFirst({ where: { id, workspaceId }, include: { organization: true } });
  }

  /** Which of the unique values another person of the workspace already holds. */
  async takenValues(workspaceId: number, values: UniqueValues, exceptId?: number): Promise<UniqueField[]> {
    const or = holdersOf(values);
    if (or.length === 0) return [];
    const found = await this.prisma.person.findMany({
      where: { workspaceId, OR: or, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
      select: { email: true, externalId: true },
    });
    return takenAmong(found, values);
  }

  /** One transaction: a new organization named for the person exists only if the person does. */
  create(
    workspaceId: number,
    data: PersonData,
    organization: PersonOrganization,
  ): Promise<PersonWithOrganization> {
    return this.writeWithOrganization(workspaceId, organization, (tx, organizationId) =>
      tx.person.create({
        data: { workspaceId, ...data, organizationId },
        include: { organization: true },
      }),
    );
  }

  update(
    workspaceId: number,
    id: number,
    { data, organization }: { data: PersonData; organization: PersonOrganization },
  ): Promise<PersonWithOrganization> {
    return this.writeWithOrganization(workspaceId, organization, (tx, organizationId) =>
      tx.person.update({
        where: { id, workspaceId },
        data: { ...data, organizationId },
        include: { organization: true },
      }),
    );
  }

  /** Archived → active again; false when it was not archived (or is not in the workspace). */
  async restore(workspaceId: number, id: number): Promise<boolean> {
    const { count } = await this.prisma.person.updateMany({
      where: { id, workspaceId, archived: true },
      data: { archived: false },
    });
    return count > 0;
  }

  /** `write` runs in one transaction with the creation of a new organization, if any; a taken unique value → DuplicateValueError. */
  private writeWithOrganization(
    workspaceId: number,
    organization: PersonOrganization,
    write: (tx: Prisma.TransactionClient, organizationId: number | null) => Promise<PersonWithOrganization>,
  ): Promise<PersonWithOrganization> {
    return mapDuplicates(() =>
      this.prisma.$transaction(async (tx) =>
        write(tx, await this.organizationIdFor(tx, workspaceId, organization)),
      ),
    );
  }

  private async organizationIdFor(
    tx: Pick<PrismaClient, 'organization'>,
    workspaceId: number,
    organization: PersonOrganization,
  ): Promise<number | null> {
    if (organization === null) return null;
    if ('id' in organization) return organization.id;
    const created = await tx.organization.create({ data: { workspaceId, name: organization.newName } });
    return created.id;
  }
}
