import type { Viewer } from '../viewer';

/** One activity line on a person or organization card. */
export interface ContactActivityLine {
  id: number;
  typeName: string;
  subject: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
  dueAt: Date;
  responsibleSlackUserId: string;
}

/**
 * What the cards need from the activities: implemented on the activity queries
 * and wired in the composition root, so the contact register never decides
 * visibility itself.
 */
export interface ContactActivities {
  /** Latest activities of the person the viewer may see (SPEC 3.4), newest first. */
  latestForPerson(viewer: Viewer, personId: number, limit: number): Promise<ContactActivityLine[]>;
  /** Activities linked to the organization (Activity.organizationId), the viewer may see, newest first. */
  latestForOrganization(
    viewer: Viewer,
    organizationId: number,
    limit: number,
  ): Promise<ContactActivityLine[]>;
}
