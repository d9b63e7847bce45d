import type { PersonSummaries, PersonSummary } from '../../domain/activities/activity-ports';
import type { PrismaClient } from '../../generated/prisma/client';

/** A person with their organization, as the activity form and its rules need them (and lists their names). */
export class PersonSummaryRepository implements PersonSummaries {
  constructor(private readonly prisma: PrismaClient) {}

  find(workspaceId: number, id: number): Promise<PersonSummary | null> {
    return this.prisma.person.findFirst({
      where: { id, workspaceId },
      select: {
        id: true,
        name: true,
        archived: true,
        organization: { select: { id: true, name: true, archived: true } },
      },
    });
  }

  /** An organization's name, e.g. for the title of its activity list. */
  findOrganization(
    workspaceId: number,
    id: number,
  ): Promise<{ id: number; name: string; archived: boolean } | null> {
    return this.prisma.organization.findFirst({
      where: { id, workspaceId },
      select: { id: true, name: true, archived: true },
    });
  }
}
