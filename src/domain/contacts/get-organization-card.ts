import type { OrganizationRepository } from '../../db/repositories/organization-repository';
import type { Organization } from '../../generated/prisma/client';
import type { Viewer } from '../viewer';
import type { ContactActivities, ContactActivityLine } from './contact-activities';
import { organizationNotFound } from './contact-errors';

export interface OrganizationCard {
  organization: Organization;
  /** Persons that are not archived, by name; `totalPersons` counts them all. */
  persons: { id: number; name: string; email: string | null; phone: string | null }[];
  totalPersons: number;
  /** Activities linked to the organization that the viewer may see, newest first. */
  activities: ContactActivityLine[];
}

export const ORGANIZATION_CARD_PERSONS = 10;
export const ORGANIZATION_CARD_ACTIVITIES = 5;

/** SPEC 2: the organization's details, its persons and the activities linked to it. */
export class GetOrganizationCard {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly activities: ContactActivities,
  ) {}

  async run(viewer: Viewer, organizationId: number): Promise<OrganizationCard> {
    const organization = await this.organizations.findById(viewer.workspaceId, organizationId);
    if (!organization) throw organizationNotFound();
    const [members, activities] = await Promise.all([
      this.organizations.activePersons(viewer.workspaceId, organization.id, ORGANIZATION_CARD_PERSONS),
      this.activities.latestForOrganization(viewer, organization.id, ORGANIZATION_CARD_ACTIVITIES),
    ]);
    return { organization, persons: members.persons, totalPersons: members.total, activities };
  }
}
