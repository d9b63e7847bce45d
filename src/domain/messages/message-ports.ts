import type { ActivityStatus } from '../activities/activity-record';
import type { VisibilityRule } from '../activities/activity-visibility';
import type { Organization, PersonWithOrganization } from '../contacts/contact';

export interface ApiActivityPageQuery {
  statuses?: ActivityStatus[];
  updatedSince?: Date;
  /** Keyset position in (changeId asc, id asc) order. */
  after?: ActivityChangePosition;
  take: number;
}

/** An activity's place in commit order: the id of the transaction that last wrote it, then its id. */
export interface ActivityChangePosition {
  changeId: bigint;
  id: number;
}

export interface ChangedActivities {
  positions: ActivityChangePosition[];
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
  /** The activities the rule allows, in commit order, only those written by finished transactions. */
  changedActivities(rule: VisibilityRule, query: ApiActivityPageQuery): Promise<ChangedActivities>;
  /** Undoes a person created for a request that was then refused, unless an activity uses them by now. */
  deletePersonIfUnused(workspaceId: number, id: number): Promise<void>;
}
