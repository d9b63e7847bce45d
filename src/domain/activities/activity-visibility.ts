import type { Viewer } from '../viewer';
import type { ActivityRecord } from './activity-record';

/** Who is looking, as far as SPEC 3.4 is concerned. */
export type VisibilityScope = Pick<Viewer, 'workspaceId' | 'employeeId'>;

/**
 * SPEC 3.4: a private activity is visible only to its responsible — not to its
 * creator, not to team leads, not to admins. Deleted ones are visible to nobody.
 */
export function isVisibleTo(scope: VisibilityScope, record: ActivityRecord): boolean {
  if (record.workspaceId !== scope.workspaceId || record.deletedAt !== null) return false;
  return !record.isPrivate || record.responsible.id === scope.employeeId;
}

export const UNDO_WINDOW_DAYS = 30;
const UNDO_WINDOW_MS = UNDO_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** SPEC 3.2: the creator, the responsible and admins may delete — but only what they can see. */
export function mayDelete(viewer: Viewer, record: ActivityRecord): boolean {
  if (record.workspaceId !== viewer.workspaceId) return false;
  if (record.isPrivate && record.responsible.id !== viewer.employeeId) return false;
  return (
    viewer.isAdmin || record.responsible.id === viewer.employeeId || record.creator?.id === viewer.employeeId
  );
}

/**
 * A deleted activity can be restored by those who may delete it, for 30 days.
 * Only they, and only then, are shown anything of it (as deleted, with *Undo*);
 * to everyone else, and afterwards, it is gone like a missing one (SPEC 3.4) —
 * whatever old button or command still carries its id.
 */
export function mayRestore(viewer: Viewer, record: ActivityRecord, now: Date): boolean {
  if (record.deletedAt === null || !mayDelete(viewer, record)) return false;
  return now.getTime() - record.deletedAt.getTime() <= UNDO_WINDOW_MS;
}

/**
 * `mayRestore` put as a question to the database, for the trash: deleted within
 * the undo window; someone else's private one never; unless an admin, only what
 * the viewer created or is responsible for. Each row found still passes `mayRestore`.
 */
export interface RestorableScope extends VisibilityScope {
  isAdmin: boolean;
  deletedSince: Date;
}

export function restorableScope(viewer: Viewer, now: Date): RestorableScope {
  return {
    workspaceId: viewer.workspaceId,
    employeeId: viewer.employeeId,
    isAdmin: viewer.isAdmin,
    deletedSince: new Date(now.getTime() - UNDO_WINDOW_MS),
  };
}

/** When a deleted activity leaves the trash for good (the nightly purge may take a day more). */
export function restorableUntil(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + UNDO_WINDOW_MS);
}
