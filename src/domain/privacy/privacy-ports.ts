import type { ActivitySource, ActivityStatus } from '../activities/activity-record';
import type { VisibilityRule } from '../activities/activity-visibility';
import type { PersonWithOrganization } from '../contacts/contact';

export interface PrivacyAuditEntry {
  actorId: number | null;
  actorLabel: string | null;
  createdAt: Date;
}

export interface ErasureCounts {
  activities: number;
  historyEntries: number;
  /** History entries of other persons' activities that named this person, now redacted. */
  redactedHistoryEntries: number;
  /** Stored API answers (idempotent retries) about this person or their activities, now deleted. */
  storedApiAnswers: number;
}

/** What a data-protection export held. */
export interface ExportCounts {
  activities: number;
  /** Private activities are otherwise visible to their responsible only. */
  privateActivities: number;
  deletedActivities: number;
}

/** An admin's export of one person's data, for the audit log (ids and counts only). */
export interface ExportAudit {
  workspaceId: number;
  personId: number;
  counts: ExportCounts;
  audit: PrivacyAuditEntry;
}

export interface PersonFound {
  id: number;
  name: string;
  email: string | null;
  organizationName: string | null;
  archived: boolean;
}

type EmployeeName = { slackUserId: string; name: string } | null;

/** An activity about the person with its whole history, as a data-protection export holds it. */
export interface PersonActivityRecord {
  id: number;
  type: { nameEn: string; nameSv: string };
  subject: string;
  status: ActivityStatus;
  startAt: Date;
  endAt: Date | null;
  completedAt: Date | null;
  notes: string | null;
  isPrivate: boolean;
  source: ActivitySource;
  organization: { id: number; name: string } | null;
  responsible: EmployeeName;
  creator: EmployeeName;
  permalink: string | null;
  externalRef: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  events: {
    kind: string;
    createdAt: Date;
    actor: EmployeeName;
    actorLabel: string | null;
    changes: unknown;
  }[];
}

/** Everything stored about one person (product §8), and its erasure. */
export interface PrivacyRecords {
  /** Persons by name, e-mail, phone or external id, archived ones too (an erasure request may be for anyone). */
  findPersons(workspaceId: number, text: string, limit: number): Promise<PersonFound[]>;
  findPerson(workspaceId: number, id: number): Promise<PersonWithOrganization | null>;
  /** The person's activities that the rule keeps (for an export: everythingAbout), history included, oldest first. */
  activitiesOf(rule: VisibilityRule, personId: number): Promise<PersonActivityRecord[]>;
  /** How many activities of the person the rule keeps, and their history entries. */
  counts(rule: VisibilityRule, personId: number): Promise<{ activities: number; historyEntries: number }>;
  /** Records that an admin exported a person's data (ids and counts only). */
  auditExport(entry: ExportAudit): Promise<void>;
  /**
   * One transaction: the person's activities and their history, the person, what
   * else names them, and an audit row with counts and ids only. Null when the person does not exist.
   */
  erase(workspaceId: number, personId: number, audit: PrivacyAuditEntry): Promise<ErasureCounts | null>;
}

export interface RetentionBatch {
  activities: number;
  historyEntries: number;
}

/** One clean-up run in one workspace, for the audit log (counts only). */
export interface RetentionAudit {
  workspaceId: number;
  at: Date;
  action: 'retention.run' | 'trash.purged';
  details: { days: number; cutoff: string; activities: number; historyEntries: number };
}

/**
 * The nightly clean-up, batch by batch: deleted activities whose 30 days in the
 * trash are over, and DONE activities past the retention period (product §8).
 */
export interface RetentionRecords {
  /** Runs `work` while this process holds the retention lock; null without running it when another replica does. */
  withLock<T>(work: () => Promise<T>): Promise<T | null>;
  workspaceIds(): Promise<number[]>;
  /** Deletes up to `limit` DONE activities completed before `cutoff`, with their history, in one transaction. */
  deleteBatch(workspaceId: number, cutoff: Date, limit: number): Promise<RetentionBatch>;
  /** Deletes for good up to `limit` activities deleted before `cutoff`, with their history, in one transaction. */
  purgeDeletedBatch(workspaceId: number, cutoff: Date, limit: number): Promise<RetentionBatch>;
  /** Lets go of the external id of person tombstones older than `cutoff`; the count cleared. */
  clearTombstoneExternalIds(cutoff: Date): Promise<number>;
  /** One audit entry per workspace and run, with counts only. */
  audit(entry: RetentionAudit): Promise<void>;
}
