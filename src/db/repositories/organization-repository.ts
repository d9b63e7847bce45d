import type { Organization, PrismaClient } from '../../generated/prisma/client';
import {
  holdersOf,
  mapDuplicates,
  takenAmong,
  type UniqueField,
  type UniqueValues,
} from './unique-violation';

export interface OrganizationData {
  name: string;
  orgNumber: string | null;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  archived: boolean;
}

export class OrganizationRepository {
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

  /** The organization's persons that are not archived, by name, and how many there are in all. */
  async activePersons(
    workspaceId: number,
    organizationId: number,
    limit: number,
  ): Promise<{
    persons: { id: number; name: string; email: string | null; phone: string | null }[];
    total: number;
  }> {
    const where = { workspaceId, organizationId, archived: false };
    const [persons, total] = await Promise.all([
      this.prisma.person.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: limit,
        select: { id: true, name: true, email: true, phone: true },
      }),
      this.prisma.person.count({ where }),
    ]);
    return { persons, total };
  }
}
