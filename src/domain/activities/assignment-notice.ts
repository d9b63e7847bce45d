import type { Viewer } from '../viewer';
import type { ActivityRecord, EmployeeRef } from './activity-record';

/** A saved activity and whom Slack must tell about it (product §5.1). */
export interface SavedActivity {
  record: ActivityRecord;
  /** The new responsible to message; null when nobody new was given the activity, or they gave it to themselves. */
  tell: EmployeeRef | null;
  /** Others whose own list of activities (App Home) changed with this save. */
  affected: EmployeeRef[];
  /**
   * product §3.6: the occurrence this save made next (when it completed one), or null when
   * the series ended with it; absent when the save moved no series on.
   */
  nextOccurrence?: ActivityRecord | null;
}

/**
 * Someone hears about an activity when it becomes theirs by someone else's hand:
 * created for them, or reassigned to them. Only the responsible is ever told, so
 * a private activity's message reaches nobody who may not see it.
 */
export function assignmentNotice(
  actor: Viewer,
  previousResponsibleId: number | null,
  record: ActivityRecord,
): EmployeeRef | null {
  const { responsible } = record;
  if (record.deletedAt) return null;
  if (responsible.id === actor.employeeId) return null;
  if (responsible.id === previousResponsibleId) return null;
  return responsible;
}

/**
 * Whose App Home shows a change made by `actor`: the responsible, and the one
 * the activity was taken from — never the actor, whose Home is redrawn anyway.
 */
export function othersAffected(
  actor: Viewer,
  previousResponsible: EmployeeRef | null,
  record: ActivityRecord,
): EmployeeRef[] {
  const people = [record.responsible, ...(previousResponsible ? [previousResponsible] : [])];
  return people.filter(
    (person, index) =>
      person.id !== actor.employeeId && people.findIndex((other) => other.id === person.id) === index,
  );
}
