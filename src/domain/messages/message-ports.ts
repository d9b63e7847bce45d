import type { ActivityWrite, PersonSummary } from '../activities/activity-ports';
import type { ActivitySource, ActivityStatus } from '../activities/activity-record';
import type { ActivityType } from '../activity-types/activity-type';
import type { Organization, PersonWithOrganization } from '../contacts/contact';

export interface ApiActivityPageQuery {
  statuses?: ActivityStatus[];
  updatedSince?: Date;
  /** Keyset position in (changeId asc, id asc) order. */
  after?: ChangePosition;
  take: number;
}

export interface ApiPersonPageQuery {
  updatedSince?: Date;
  after?: ChangePosition;
  take: number;
}

/** A row's place in commit order: the id of the transaction that last wrote it (or deleted it), then its id. */
export interface ChangePosition {
  changeId: bigint;
  id: number;
}

/**
 * A change in an activity feed: the activity as it is (`state` says whether a
 * client may see it), or `gone` when its row was deleted for good (a tombstone).
 */
export interface ActivityChange extends ChangePosition {
  state: 'shown' | 'deleted' | 'private' | 'gone';
}

/** A change in the person feed; a person deleted for good keeps only its external id. */
export interface PersonChange extends ChangePosition {
  gone: boolean;
  externalId: string | null;
}

export interface ChangePage<T> {
  changes: T[];
  /**
   * The oldest transaction still running when the page was read: every change
   * below it is committed (or rolled back) and was considered; nothing at or
   * above it was returned, so a later read starting below it misses nothing.
   */
  horizon: bigint;
}

/**
 * The look-ups an integration needs and the Slack surfaces do not: contacts by
 * external id, e-mail or phone, employees by e-mail, types by key or name, and
 * changed activities in commit order for sync.
 */
export interface IntegrationLookups {
  personByExternalId(workspaceId: number, externalId: string): Promise<PersonWithOrganization | null>;
  personByEmail(workspaceId: number, email: string): Promise<PersonWithOrganization | null>;
  /** Persons whose phone is the same number however it was written (`key`: its digits); at most `limit`. */
  personIdsByPhone(workspaceId: number, key: string, limit: number): Promise<number[]>;
  personById(workspaceId: number, id: number): Promise<PersonWithOrganization | null>;
  organizationByExternalId(workspaceId: number, externalId: string): Promise<Organization | null>;
  /** The Slack id of a known employee with this e-mail (any case), people before bots. */
  employeeSlackIdByEmail(workspaceId: number, email: string): Promise<string | null>;
  /** A type by its built-in key (EMAIL, SMS …) or by its name, ignoring case; active ones first. */
  typeIdByKeyOrName(workspaceId: number, text: string): Promise<number | null>;
  /**
   * Every activity change in commit order, only those written by finished transactions: ids and
   * states only (shown, private, deleted, gone), so a client learns what to drop; the content of
   * the shown ones is read through the visibility rule.
   */
  changedActivities(workspaceId: number, query: ApiActivityPageQuery): Promise<ChangePage<ActivityChange>>;
  /** Persons (archived ones too) and persons deleted for good, in commit order, as `changedActivities`. */
  changedPersons(workspaceId: number, query: ApiPersonPageQuery): Promise<ChangePage<PersonChange>>;
  /** Persons with their organization, in the order of `ids`. */
  personsByIds(workspaceId: number, ids: number[]): Promise<PersonWithOrganization[]>;
  /** Undoes a person created for a request that was then refused, unless an activity uses them by now. */
  deletePersonIfUnused(workspaceId: number, id: number): Promise<void>;
}

/** How an integration names a customer, with the phone already reduced to its key (digits). */
export interface PersonKeys {
  externalId?: string | null;
  /** Lower case. */
  email?: string | null;
  phoneKey?: string | null;
}

/** What one person reference found, per way of naming them (each null when not given or not found). */
export interface PersonHits {
  byExternalId: PersonSummary | null;
  byEmail: PersonSummary | null;
  /** Up to two: two means the number is ambiguous. */
  byPhone: PersonSummary[];
}

export interface ReferenceQuery {
  persons: PersonKeys[];
  /** Type keys or names, as sent. */
  types: string[];
  /** Employees' e-mail addresses, as sent. */
  employeeEmails: string[];
}

export interface ReferencesFound {
  /** In the order of `persons`. */
  persons: PersonHits[];
  /** By the text as sent; missing when no type has that key or name. */
  types: Map<string, ActivityType>;
  /** Slack user ids by the e-mail as sent; missing when no known employee has it. */
  employees: Map<string, string>;
}

/**
 * The references of one API request, or of a whole batch, read together: the same
 * answers as IntegrationLookups' personByExternalId, personByEmail, personIdsByPhone,
 * typeIdByKeyOrName and employeeSlackIdByEmail, for many at once and in a few
 * statements, so a batch of 500 messages costs what one message costs.
 */
export interface IntegrationReferences {
  find(workspaceId: number, query: ReferenceQuery): Promise<ReferencesFound>;
}

/** One activity of a message batch, with its CREATED history and, when the item has one, its idempotency key. */
export interface BatchActivity extends ActivityWrite {
  source: ActivitySource;
  /** The history's field changes, as the single create stores them. */
  changes: unknown;
  /** Stored per token; null for an item without one. */
  key: string | null;
  requestHash: string | null;
}

export interface BatchInsert {
  workspaceId: number;
  tokenId: number;
  /** Who the history names (the token). */
  actorLabel: string;
  at: Date;
  keysExpireAt: Date;
  activities: BatchActivity[];
}

/** Per activity of the batch, in its order: its id, or null when its key was taken meanwhile. */
export type BatchInserted = (number | null)[];

export interface StoredItemAnswer {
  key: string;
  requestHash: string;
  responseStatus: number;
  activityId: number | null;
}

/** POST /messages/batch's writes, set-based: a whole batch's activities, events and keys commit together. */
export interface MessageBatches {
  /** Answers stored under these keys that are still valid; expired ones are deleted first. */
  storedAnswers(tokenId: number, keys: string[], now: Date): Promise<StoredItemAnswer[]>;
  /**
   * Inserts every activity whose key (if any) is still free, with its CREATED event and
   * its key's answer; an item whose key another request stored meanwhile is left out (null).
   */
  insert(batch: BatchInsert): Promise<BatchInserted>;
}
