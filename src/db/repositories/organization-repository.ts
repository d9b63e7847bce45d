import type { Organization } from '../../domain/contacts/contact';
import type {
  OrganizationData,
  Organizations,
  UniqueField,
  UniqueValues,
} from '../../domain/contacts/contact-ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { holdersOf, mapDuplicates, takenAmong } from './unique-violation';

export class OrganizationRepository implements Organizations {
  constructor(private readonly prisma: PrismaClient) {}

  findById(workspaceId: number, id: number): Promise<Organization | null> {
    return this.prisma.organization.findFirst({ where: { id, workspaceId } });
  }

  findActive(workspaceId: number, id: number): Promise<Organization | null> {
    return this.prisma.organization.findFirst({ where: { id, workspaceId, archived: false } });
  }

  /** Which of the unique values another organization of the workspace already holds. */
  async takenValues(workspaceId: number, values: UniqueValues, exceptId?: number): Promise<UniqueField[]> {
    const or = holdersOf(values);
    if (or.length === 0) return [];
    const found = await this.prisma.organization.findMany({
      where: { workspaceId, OR: or, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
      select: { email: true, externalId: true },
    });
    return takenAmong(found, values);
  }

  create(workspaceId: number, data: OrganizationData): Promise<Organization> {
    return mapDuplicates(() => this.prisma.organization.create({ data: { workspaceId, ...data } }));
  }

  update(workspaceId: number, id: number, data: OrganizationData): Promise<Organization> {
    return mapDuplicates(() => this.prisma.organization.update({ where: { id, workspaceId }, data }));
  }

  /** A page of the organization's persons that are not archived, by name. */
  activePersons(
    workspaceId: number,
    organizationId: number,
    page: { offset: number; limit: number },
  ): Promise<{ id: number; name: string; email: string | null; phone: string | null }[]> {
    return this.prisma.person.findMany({
      where: { workspaceId, organizationId, archived: false },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
      select: { id: true, name: true, email: true, phone: true },
    });
  }

  countActivePersons(workspaceId: number, organizationId: number): Promise<number> {
    return this.prisma.person.count({ where: { workspaceId, organizationId, archived: false } });
  }

  /** Archived → active again; false when it was not archived (or is not in the workspace). */
  async restore(workspaceId: number, id: number): Promise<boolean> {
    const { count } = await this.prisma.organization.updateMany({
      where: { id, workspaceId, archived: true },
      data: { archived: false },
    });
    return count > 0;
  }
}
