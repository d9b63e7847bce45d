import type { ActivityType } from '../activity-types/activity-type';
import type { Transaction, WithinTransaction } from '../transaction';
import type {
  ActivityRecord,
  ActivitySource,
  ActivityStatus,
  FieldChange,
  HistoryEntry,
} from './activity-record';
import type { VisibilityRule } from './activity-visibility';

/** The activity's own columns a create or an edit decides (its relations aside). */
export type WrittenColumn =
  | 'subject'
  | 'status'
  | 'startAt'
  | 'endAt'
  | 'dueAt'
  | 'completedAt'
  | 'notes'
  | 'isPrivate'
  | 'recurrence'
  | 'remindLeadMinutes'
  | 'remindAt'
  | 'outcomeAskAt'
  | 'outcomePostponed';

/** The columns a create or an edit decides; dueAt and completedAt come from the domain rules. */
export interface ActivityWrite extends Pick<ActivityRecord, WrittenColumn> {
  personId: number;
  organizationId: number | null;
  typeId: number;
  responsibleId: number;
}

export interface NewActivity extends ActivityWrite {
  workspaceId: number;
  /** Null when no employee created it (an API token): `actorLabel` then names who did. */
  creatorId: number | null;
  actorLabel?: string | null;
  source: ActivitySource;
  permalink: string | null;
}

export interface ActivityListQuery {
  statuses?: ActivityStatus[];
  dueFrom?: Date;
  dueBefore?: Date;
  responsibleId?: number;
  personId?: number;
  /** Activities linked to this organization (Activity.organizationId). */
  organizationId?: number;
  /** Keyset position: items strictly after this one in (startAt desc, id desc) order. */
  after?: { startAt: Date; id: number };
  take: number;
}

/** What `unfinishedByDue` reads: a count per due range, and the soonest due. */
export interface UnfinishedByDue {
  counts: number[];
  soonest: ActivityRecord[];
  /**
   * Whether the responsible leads a team in the rule's workspace, asked in the same statement:
   * App Home reads the team overview (product §4) only then, and most people lead none.
   */
  responsibleLeadsTeam: boolean;
}

/** The new activity's relations as the caller already read them, so they are not read back after the insert. */
export type KnownRelations = Pick<
  ActivityRecord,
  'person' | 'organization' | 'type' | 'responsible' | 'creator'
>;

/** Who acts, and when (the injected clock's now). No employee (an API token): `label` names the actor. */
export interface Actor {
  employeeId: number | null;
  label?: string | null;
  at: Date;
}

/** The row the later of two simultaneous saves loses against. */
export interface VersionGuard {
  workspaceId: number;
  id: number;
  version: number;
}

/** A person's activities, or those linked to an organization. */
export type ActivitiesAbout = { personId: number } | { organizationId: number };

/**
 * The stored activities. Every read takes the VisibilityRule the domain decided
 * (activity-visibility.ts) and returns only what it allows.
 */
/** How a new activity is written: its CREATED event's changes, when, and what commits with it. */
export interface CreateWrite {
  changes: FieldChange[];
  at: Date;
  alongside?: WithinTransaction<ActivityRecord>;
  /** The relations as the caller already has them: the record is made from them, not read back. */
  known?: KnownRelations;
  /** Writes inside this transaction (the caller commits), instead of one of its own. */
  within?: Transaction;
}

/** A guarded edit: the columns it sets, who made it, its UPDATED event's changes, what commits with it. */
export interface UpdateWrite {
  data: Partial<ActivityWrite>;
  by: Actor;
  changes: FieldChange[];
  alongside?: WithinTransaction<ActivityRecord>;
}

export interface Activities {
  /**
   * Inserts the activity and its CREATED event together (and `alongside`, which
   * commits with them). With `known` relations the record is made from them instead
   * of being read back.
   */
  create(data: NewActivity, write: CreateWrite): Promise<ActivityRecord>;
  /**
   * Writes only when the row still has the version the change was computed from,
   * and records the event with it; `alongside` commits with them. Null when another save came first.
   */
  updateIfVersion(guard: VersionGuard, write: UpdateWrite): Promise<ActivityRecord | null>;
  /** Moves the activity to the trash; `alongside` commits with it. */
  softDeleteIfVersion(
    guard: VersionGuard,
    by: Actor,
    alongside?: WithinTransaction<ActivityRecord>,
  ): Promise<ActivityRecord | null>;
  /** Takes the activity out of the trash; `alongside` commits with it. */
  restoreIfVersion(
    guard: VersionGuard,
    by: Actor,
    alongside?: WithinTransaction<ActivityRecord>,
  ): Promise<ActivityRecord | null>;
  /** One activity, if the rule allows it. */
  find(rule: VisibilityRule, id: number): Promise<ActivityRecord | null>;
  /** Several activities in the order of `ids`, leaving out what the rule does not allow. */
  findMany(rule: VisibilityRule, ids: number[]): Promise<ActivityRecord[]>;
  /** Newest first (start, then id), a page at a time. */
  list(rule: VisibilityRule, query: ActivityListQuery): Promise<ActivityRecord[]>;
  /**
   * The trash: the deleted activities the rule keeps (`visibleOrRestorableTo`: those the viewer
   * may still restore), the most recently deleted first, after the keyset position `after`.
   */
  listDeleted(
    rule: VisibilityRule,
    query: { after?: { deletedAt: Date; id: number }; take: number },
  ): Promise<ActivityRecord[]>;
  /** How many `list` would give without a page limit. */
  count(rule: VisibilityRule, query: Omit<ActivityListQuery, 'after' | 'take'>): Promise<number>;
  /**
   * A responsible's unfinished activities the rule keeps (App Home), in one statement: how
   * many are due in each range — before `bounds[0]`, from it to `bounds[1]`, …, and from the
   * last bound on — and the `take` due soonest (due, then id), with their relations; and
   * whether the responsible leads a team.
   */
  unfinishedByDue(
    rule: VisibilityRule,
    query: { responsibleId: number; bounds: Date[]; take: number },
  ): Promise<UnfinishedByDue>;
  /** Unfinished (overdue among them, as of `now`) and done activities of a person or an organization. */
  countsFor(
    rule: VisibilityRule,
    about: ActivitiesAbout,
    now: Date,
  ): Promise<{ open: number; overdue: number; done: number }>;
  /** The unfinished activity due soonest at or after `now`. */
  nextDueFor(rule: VisibilityRule, about: ActivitiesAbout, now: Date): Promise<ActivityRecord | null>;
  /** The activity completed most recently. */
  lastCompletedFor(rule: VisibilityRule, about: ActivitiesAbout): Promise<ActivityRecord | null>;
  /** The latest activities of a person, or linked to an organization, newest first. */
  latestFor(rule: VisibilityRule, about: ActivitiesAbout, limit: number): Promise<ActivityRecord[]>;
  /** The activity's history, newest first; none when the rule does not allow the activity. */
  history(rule: VisibilityRule, activityId: number, limit: number): Promise<HistoryEntry[]>;
  countHistory(rule: VisibilityRule, activityId: number): Promise<number>;
}

/** The types users may choose from (product §3.5); administration has its own port. */
export interface ActivityTypeCatalog {
  /** The types users may choose, in the order admins gave them. */
  listActive(workspaceId: number): Promise<ActivityType[]>;
  findById(workspaceId: number, id: number): Promise<ActivityType | null>;
  findByKey(workspaceId: number, key: string): Promise<ActivityType | null>;
}

/** A person with their organization, as the activity form and its rules need them. */
export interface PersonSummary {
  id: number;
  name: string;
  archived: boolean;
  organization: { id: number; name: string; archived: boolean } | null;
}

export interface PersonSummaries {
  find(workspaceId: number, id: number): Promise<PersonSummary | null>;
  /** A person and an activity type read together, in one statement (a save needs both); null when not found. */
  findWithType(
    workspaceId: number,
    ids: { personId: number; typeId: number },
  ): Promise<{ person: PersonSummary | null; type: ActivityType | null }>;
  /** An organization's name, e.g. for the title of its activity list. */
  findOrganization(
    workspaceId: number,
    id: number,
  ): Promise<{ id: number; name: string; archived: boolean } | null>;
}
