import type { RepeatForm } from '../recurrence/repeat-choice';
import type { ActivityStatus } from './activity-record';

/**
 * What a user asks for when creating or editing an activity. For an edit, a field
 * left undefined keeps its current value; for a create it takes its default.
 */
export interface ActivityInput {
  personId?: number | null;
  /** product §3.1 "Link to organization": list it on the person's organization too. */
  linkOrganization?: boolean;
  typeId?: number | null;
  subject?: string | null;
  status?: ActivityStatus;
  startAt?: Date | null;
  endAt?: Date | null;
  responsibleSlackUserId?: string | null;
  notes?: string | null;
  isPrivate?: boolean;
  /**
   * product §3.6: an RRULE makes the activity repeat; null or empty stops a series;
   * undefined keeps what it is.
   */
  recurrence?: string | null;
  /** The form's *Repeat* fields instead of an RRULE (the rule is then made from the start). */
  repeat?: RepeatForm;
  /** *Remind me*: minutes before the start, null for none; undefined on a create: the type's default. */
  remindLeadMinutes?: number | null;
}

/** The form fields errors are reported against (product §3.3). */
export type ActivityField =
  | 'person'
  | 'linkOrganization'
  | 'type'
  | 'subject'
  | 'status'
  | 'start'
  | 'end'
  | 'responsible'
  | 'notes'
  | 'isPrivate'
  | 'recurrence'
  | 'remind';

export const SUBJECT_MAX = 150;
export const NOTES_MAX = 3000;
