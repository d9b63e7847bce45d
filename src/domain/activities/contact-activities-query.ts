import type { ActivityRepository } from '../../db/repositories/activity-repository';
import { nameIn } from '../activity-types/type-names';
import type { ContactActivities, ContactActivityLine } from '../contacts/contact-activities';
import type { Viewer } from '../viewer';
import type { ActivityRecord } from './activity-record';

/** The line as `viewer` reads it: the type in their language. */
function line(viewer: Viewer, record: ActivityRecord): ContactActivityLine {
  return {
    id: record.id,
    typeName: nameIn(record.type.names, viewer.locale),
    subject: record.subject,
    status: record.status,
    dueAt: record.dueAt,
    responsibleSlackUserId: record.responsible.slackUserId,
  };
}

/**
 * The latest activities shown on person and organization cards (SPEC 2), newest
 * first, under the same visibility rules as every other surface. An organization
 * lists the activities linked to it, not everything its persons did.
 */
export class ContactActivitiesQuery implements ContactActivities {
  constructor(private readonly activities: ActivityRepository) {}

  async latestForPerson(viewer: Viewer, personId: number, limit: number): Promise<ContactActivityLine[]> {
    return (await this.activities.latestFor(viewer, { personId }, limit)).map((record) =>
      line(viewer, record),
    );
  }

  async latestForOrganization(
    viewer: Viewer,
    organizationId: number,
    limit: number,
  ): Promise<ContactActivityLine[]> {
    return (await this.activities.latestFor(viewer, { organizationId }, limit)).map((record) =>
      line(viewer, record),
    );
  }
}
