import type { TypeNames } from '../activity-types/type-names';

export const ACTIVITY_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Where an activity came from (product §7): logged in Slack, by the API, from a message, or an import. */
export const ACTIVITY_SOURCES = ['SLACK', 'API', 'EMAIL', 'SMS', 'IMPORT'] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

export interface NamedRef {
  id: number;
  name: string;
}

export interface TypeRef {
  id: number;
  names: TypeNames;
}

export interface EmployeeRef {
  id: number;
  slackUserId: string;
  name: string;
}

/** One activity with everything a view needs, already joined. */
export interface ActivityRecord {
  id: number;
  workspaceId: number;
  person: NamedRef & { organization: NamedRef | null };
  /** The organization the activity is linked to (product §3.1), kept even when the person moves. */
  organization: NamedRef | null;
  /** Its names in both languages: views show the reader's (`nameIn`). */
  type: TypeRef & {
    key: string | null;
    archived: boolean;
    /**
     * Whether the type asks how it went, and how long it lasts without an end (product §5.5);
     * read with records that may be saved again (not with a digest's).
     */
    askOutcome?: boolean;
    defaultDurationMinutes?: number;
  };
  subject: string;
  status: ActivityStatus;
  startAt: Date;
  endAt: Date | null;
  dueAt: Date;
  completedAt: Date | null;
  responsible: EmployeeRef;
  notes: string | null;
  isPrivate: boolean;
  /** The series it is an occurrence of (product §3.6), if any. */
  seriesId: number | null;
  /** The series' RRULE while it repeats; null for a single activity and once the series has stopped. */
  recurrence: string | null;
  creator: EmployeeRef | null;
  updatedBy: EmployeeRef | null;
  source: ActivitySource;
  permalink: string | null;
  version: number;
  deletedAt: Date | null;
  deletedBy: EmployeeRef | null;
  createdAt: Date;
  updatedAt: Date;
  /** *Remind me*: minutes before the start (0: at the start; null: no reminder). */
  remindLeadMinutes: number | null;
  /** When the next reminder is due (product §5.4); null when none is coming. */
  remindAt: Date | null;
  /** When "How did it go?" is due (product §5.5); null when none is coming. */
  outcomeAskAt: Date | null;
  /** *Not yet* was answered: the prompt comes once more, without it. */
  outcomePostponed: boolean;
}

/** A field's change as users read it: names, Slack ids, ISO times, status keys. */
export interface FieldChange {
  field: string;
  from: string | boolean | null;
  to: string | boolean | null;
  /**
   * For the type: its names in both languages, so the history shows the reader's
   * (`from`/`to` hold the English name). Entries written before types had two names lack it.
   */
  names?: { from: TypeNames | null; to: TypeNames | null };
}

export interface HistoryEntry {
  id: number;
  kind: 'CREATED' | 'UPDATED' | 'DELETED' | 'RESTORED';
  actor: EmployeeRef | null;
  actorLabel: string | null;
  changes: FieldChange[];
  createdAt: Date;
}
