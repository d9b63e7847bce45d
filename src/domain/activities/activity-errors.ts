import type { Messages } from '../../i18n';
import { AppError } from '../app-error';
import type { ActivityRecord } from './activity-record';

/** Missing, deleted and invisible look the same from outside, so nothing leaks (product §3.4). */
export class ActivityNotFoundError extends AppError {
  constructor(readonly activityId: number) {
    super('activity_not_found', (m) => m.activities.errors.notFound(activityId));
  }
}

/**
 * The form was built from an older version: someone saved in between. Carries the
 * current values so the user can see what changed and decide again.
 */
export class ConflictError extends AppError {
  constructor(readonly current: ActivityRecord) {
    super('activity_conflict', (m) => m.activities.errors.conflict(current.id));
  }
}

export type RefusalReason =
  | 'already_done'
  | 'already_in_progress'
  | 'deleted'
  | 'not_deleted'
  | 'undo_expired'
  | 'not_allowed'
  | 'reassigned'
  | 'not_repeating';

const refusalText: Record<RefusalReason, (m: Messages, current: ActivityRecord) => string> = {
  already_done: (m, { id }) => m.activities.refusals.alreadyDone(id),
  already_in_progress: (m, { id }) => m.activities.refusals.alreadyInProgress(id),
  deleted: (m, { id }) => m.activities.refusals.deleted(id),
  not_deleted: (m, { id }) => m.activities.refusals.notDeleted(id),
  undo_expired: (m, { id }) => m.activities.refusals.undoExpired(id),
  not_allowed: (m, { id }) => m.activities.refusals.notAllowed(id),
  reassigned: (m, { id, responsible }) =>
    m.activities.refusals.reassigned(id, `<@${responsible.slackUserId}>`),
  not_repeating: (m, { id }) => m.recurrence.refusals.notRepeating(id),
};

/** An action that no longer fits the activity's current state, or that this user may not take. */
export class ActivityActionRefused extends AppError {
  constructor(
    readonly reason: RefusalReason,
    readonly current: ActivityRecord,
  ) {
    super(reason, (m) => refusalText[reason](m, current));
  }
}
