import type { Viewer } from '../viewer';

/** One activity line on a person or organization card. */
export interface ContactActivityLine {
  id: number;
  typeName: string;
  subject: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
  dueAt: Date;
  completedAt: Date | null;
  responsibleSlackUserId: string;
}

/** A person's or an organization's activities: whose they are. */
export type ContactRef = { personId: number } | { organizationId: number };

/**
 * The overview a card opens with. Only what the viewer may see is counted, so the
 * counts always agree with *All activities*: someone else's private activity is
 * neither listed nor counted (not even as a number) on a card.
 */
export interface ContactActivitySummary {
  /** Not started or in progress, overdue ones included. */
  open: number;
  overdue: number;
  done: number;
  /** The unfinished activity due next from now on. */
  nextPlanned: ContactActivityLine | null;
  /** The activity completed most recently. */
  lastCompleted: ContactActivityLine | null;
}

/**
 * What the cards need from the activities: implemented on the activity queries
 * and wired in the composition root, so the contact register never decides
 * visibility itself.
 */
export interface ContactActivities {
  /** Latest activities of the person the viewer may see (product §3.4), newest first. */
  latestForPerson(viewer: Viewer, personId: number, limit: number): Promise<ContactActivityLine[]>;
  /** Activities linked to the organization (Activity.organizationId), the viewer may see, newest first. */
  latestForOrganization(
    viewer: Viewer,
    organizationId: number,
    limit: number,
  ): Promise<ContactActivityLine[]>;
  /** Counts, next planned and last completed of what the viewer may see. */
  summaryFor(viewer: Viewer, about: ContactRef): Promise<ContactActivitySummary>;
}
