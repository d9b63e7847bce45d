import type { Viewer } from '../viewer';
import type { Organization } from './contact';
import type { ContactActivities, ContactActivityLine, ContactActivitySummary } from './contact-activities';
import { organizationNotFound } from './contact-errors';
import type { Organizations } from './contact-ports';

export interface OrganizationCard {
  organization: Organization;
  /** One page of the persons that are not archived, by name; `totalPersons` counts them all. */
  persons: { id: number; name: string; email: string | null; phone: string | null }[];
  totalPersons: number;
  /** The page shown, from 1 (a page past the last shows the last). */
  personsPage: number;
  /** Counts, next planned and last completed of the linked activities the viewer may see. */
  summary: ContactActivitySummary;
  /** Activities linked to the organization that the viewer may see, newest first. */
  activities: ContactActivityLine[];
}

export const ORGANIZATION_CARD_PERSONS = 10;
export const ORGANIZATION_CARD_ACTIVITIES = 5;

/**
 * product §2: the organization's details, an overview of the activities linked to
 * it, its persons a page at a time, and its latest activities.
 */
export class GetOrganizationCard {
  constructor(
    private readonly organizations: Organizations,
    private readonly activities: ContactActivities,
  ) {}

  async execute(viewer: Viewer, organizationId: number, personsPage = 1): Promise<OrganizationCard> {
    const organization = await this.organizations.findById(viewer.workspaceId, organizationId);
    if (!organization) throw organizationNotFound();
    const total = await this.organizations.countActivePersons(viewer.workspaceId, organization.id);
    const lastPage = Math.max(1, Math.ceil(total / ORGANIZATION_CARD_PERSONS));
    const page = Math.min(Math.max(1, Math.trunc(personsPage) || 1), lastPage);
    const [persons, summary, activities] = await Promise.all([
      this.organizations.activePersons(viewer.workspaceId, organization.id, {
        offset: (page - 1) * ORGANIZATION_CARD_PERSONS,
        limit: ORGANIZATION_CARD_PERSONS,
      }),
      this.activities.summaryFor(viewer, { organizationId: organization.id }),
      this.activities.latestForOrganization(viewer, organization.id, ORGANIZATION_CARD_ACTIVITIES),
    ]);
    return { organization, persons, totalPersons: total, personsPage: page, summary, activities };
  }
}
