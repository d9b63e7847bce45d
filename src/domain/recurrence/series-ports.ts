import type { ActivityWrite, Actor, NewActivity } from '../activities/activity-ports';
import type { ActivityRecord, FieldChange } from '../activities/activity-record';
import type { Transaction } from '../transaction';

/** What each next occurrence of a series is made from (product §3.6). */
export type SeriesTemplate = Pick<
  ActivityWrite,
  | 'personId'
  | 'organizationId'
  | 'typeId'
  | 'subject'
  | 'responsibleId'
  | 'notes'
  | 'isPrivate'
  | 'remindLeadMinutes'
>;

/** A repeating activity: its rule, where it stands, and its template. */
export interface Series extends SeriesTemplate {
  id: number;
  workspaceId: number;
  /** Canonical RRULE (formatRrule). */
  rule: string;
  /** The zone whose wall clock the rule keeps (the responsible's). */
  timeZone: string;
  /** The anchor: the first occurrence's start, or where "this and following" moved it. */
  startAt: Date;
  durationSeconds: number | null;
  /** Occurrences made so far, the first included. */
  occurrences: number;
  /** The occurrence made last; the next one is made when it is completed or deleted. */
  currentActivityId: number | null;
  /** The start the rule gave the current occurrence (it may since have been moved). */
  slotAt: Date;
  endedAt: Date | null;
}

export type NewSeries = Omit<Series, 'id' | 'endedAt'>;

export type SeriesChange = Partial<Omit<Series, 'id' | 'workspaceId'>>;

/** How far an occurrence has been worked on: an untouched one was made by its series and never saved since. */
export interface OccurrenceState {
  id: number;
  createdAt: Date;
  /** 1 until someone saves it. */
  version: number;
  deletedAt: Date | null;
}

/** The stored series. Every write happens inside the transaction of the activity change it belongs to. */
export interface ActivitySeriesStore {
  /** Inserts the series and makes its current activity an occurrence of it. */
  create(tx: Transaction, series: NewSeries): Promise<Series>;
  /** The series, locked until `tx` ends, so two changes cannot both make a next occurrence. */
  lock(tx: Transaction, workspaceId: number, id: number): Promise<Series | null>;
  update(tx: Transaction, id: number, change: SeriesChange): Promise<void>;
  /**
   * Inserts the series' next occurrence with its CREATED event and makes it current,
   * counting it and remembering the start the rule gave it.
   */
  addOccurrence(
    tx: Transaction,
    next: {
      seriesId: number;
      activity: NewActivity;
      /** The CREATED event's changes, from the inserted record with its names. */
      changesOf: (record: ActivityRecord) => FieldChange[];
      at: Date;
      slotAt: Date;
    },
  ): Promise<ActivityRecord>;
  /** The state of the occurrence the series made right after `after` (deleted ones included), read in `tx`. */
  occurrenceAfter(
    tx: Transaction,
    occurrence: { workspaceId: number; seriesId: number; after: number },
  ): Promise<OccurrenceState | null>;
  /**
   * Removes an untouched occurrence for good, with its history (the undo of the delete that
   * made it); false when it was saved meanwhile and stays.
   */
  removeOccurrence(tx: Transaction, workspaceId: number, id: number): Promise<boolean>;
  /** The occurrence no longer repeats (its series went on without it): its rule is cleared, and its history says so. */
  detach(tx: Transaction, occurrence: { activity: ActivityRecord; by: Actor }): Promise<void>;
}
