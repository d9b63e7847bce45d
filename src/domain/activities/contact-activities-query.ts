import { nameIn } from '../activity-types/type-names';
import type { Clock } from '../clock';
import type {
  ContactActivities,
  ContactActivityLine,
  ContactActivitySummary,
  ContactRef,
} from '../contacts/contact-activities';
import type { Viewer } from '../viewer';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { visibleTo } from './activity-visibility';

/** The line as `viewer` reads it: the type in their language. */
function line(viewer: Viewer, record: ActivityRecord): ContactActivityLine {
  return {
    id: record.id,
    typeName: nameIn(record.type.names, viewer.locale),
    subject: record.subject,
    status: record.status,
    dueAt: record.dueAt,
    completedAt: record.completedAt,
    responsibleSlackUserId: record.responsible.slackUserId,
  };
}

/**
 * The activities shown on person and organization cards (product §2), under the same
 * visibility rules as every other surface. An organization has the activities
 * linked to it, not everything its persons did.
 */
export class ContactActivitiesQuery implements ContactActivities {
  constructor(
    private readonly activities: Activities,
    private readonly clock: Clock,
  ) {}

  async latestForPerson(viewer: Viewer, personId: number, limit: number): Promise<ContactActivityLine[]> {
    return (await this.activities.latestFor(visibleTo(viewer), { personId }, limit)).map((record) =>
      line(viewer, record),
    );
  }

  async latestForOrganization(
    viewer: Viewer,
    organizationId: number,
    limit: number,
  ): Promise<ContactActivityLine[]> {
    return (await this.activities.latestFor(visibleTo(viewer), { organizationId }, limit)).map((record) =>
      line(viewer, record),
    );
  }

  /** product §3.2: overdue once due has passed; "next" is the soonest due from now on. */
  async summaryFor(viewer: Viewer, about: ContactRef): Promise<ContactActivitySummary> {
    const now = this.clock.now();
    const rule = visibleTo(viewer);
    const [counts, next, last] = await Promise.all([
      this.activities.countsFor(rule, about, now),
      this.activities.nextDueFor(rule, about, now),
      this.activities.lastCompletedFor(rule, about),
    ]);
    return {
      ...counts,
      nextPlanned: next ? line(viewer, next) : null,
      lastCompleted: last ? line(viewer, last) : null,
    };
  }
}
