import type { Viewer } from '../viewer';
import type { ActivityRecord, EmployeeRef } from './activity-record';

/** A saved activity and whom Slack must tell about it (SPEC 5.1). */
export interface SavedActivity {
  record: ActivityRecord;
  /** The new responsible to message; null when nobody new was given the activity, or they gave it to themselves. */
  tell: EmployeeRef | null;
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
