import type { Viewer } from '../viewer';
import type { ActivityRecord } from './activity-record';

/**
 * product §3.4, in one place: who may see which activity. Everything that shows,
 * lists, counts or exports activities asks this module — in memory through
 * `allows`, and in a query through the `VisibilityRule` it hands to a
 * repository, which turns the rule into SQL with
 * src/db/repositories/visibility-filter.ts (the only translation of it).
 *
 * - A private activity is visible only to its responsible: not to its creator,
 *   not to team leads, not to admins, not to an API token, not to a channel.
 * - A deleted activity is visible to nobody — except that those who may delete
 *   it still see it, as deleted with *Undo*, for UNDO_WINDOW_DAYS (`mayRestore`).
 * - Figures that never show a subject, person or note (statistics, the team
 *   digest's counts, a lead's overview) count private activities too; the team
 *   digest lists them without their subject and person (`detailsVisibleTo`).
 * - A data-protection export or erasure covers everything about the person (product §8).
 */

/** Who is looking. employeeId null: nobody in particular (an API token, a channel). */
export interface Audience {
  workspaceId: number;
  employeeId: number | null;
}

/** Someone who may delete and restore: the responsible, the creator, or an admin (product §3.2). */
export interface Manager {
  employeeId: number;
  isAdmin: boolean;
}

/**
 * The rule as a value: what a query must keep. Built only by the functions below,
 * evaluated by `allows` (memory) and by visibility-filter.ts (Prisma and SQL).
 */
export interface VisibilityRule {
  workspaceId: number;
  /**
   * Private activities kept: only those whose responsible is `responsibleId`;
   * 'none' for an audience that is nobody in particular; 'all' for figures that
   * never show what a private activity is about, and for the data subject's export.
   */
  private: { responsibleId: number } | 'none' | 'all';
  /**
   * Deleted activities: never; those `manager` may still restore (deleted at or
   * after `since`); or all of them ('included'), only to tell why a restore is refused.
   */
  deleted: 'hidden' | 'included' | { since: Date; manager: Manager };
}

/** The columns the rule reads, named as the Activity row names them. */
export interface VisibilityFacts {
  workspaceId: number;
  isPrivate: boolean;
  responsibleId: number;
  creatorId: number | null;
  deletedAt: Date | null;
}

export const UNDO_WINDOW_DAYS = 30;
const UNDO_WINDOW_MS = UNDO_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** What `audience` may read: not deleted, and public or their own private ones. */
export function visibleTo(audience: Audience): VisibilityRule {
  return {
    workspaceId: audience.workspaceId,
    private: audience.employeeId === null ? 'none' : { responsibleId: audience.employeeId },
    deleted: 'hidden',
  };
}

/** As `visibleTo`, plus the deleted ones the viewer may still restore (stale buttons, *Undo*, the trash). */
export function visibleOrRestorableTo(viewer: Viewer, now: Date): VisibilityRule {
  return {
    ...visibleTo(viewer),
    deleted: {
      since: new Date(now.getTime() - UNDO_WINDOW_MS),
      manager: { employeeId: viewer.employeeId, isAdmin: viewer.isAdmin },
    },
  };
}

/**
 * As `visibleTo`, deleted ones included however old and whoever may restore them:
 * only for *Undo*, which must tell "not yours to restore" and "too late" apart.
 */
export function visibleEvenDeletedTo(audience: Audience): VisibilityRule {
  return { ...visibleTo(audience), deleted: 'included' };
}

/** Figures only (counts, sums, durations): private activities count, deleted ones never do. */
export function countedIn(workspaceId: number): VisibilityRule {
  return { workspaceId, private: 'all', deleted: 'hidden' };
}

/**
 * product §8: a person's own data for the right of access (and what an erasure
 * removes): everything about them, private and deleted activities included.
 * Only the audited export and erasure of an admin or an admin token use it.
 */
export function everythingAbout(workspaceId: number): VisibilityRule {
  return { workspaceId, private: 'all', deleted: 'included' };
}

/**
 * Several activities read in one query for several readers at once (reminders and
 * outcome prompts, each for its own responsible): private ones are read too, and
 * `GetActivity.visibleToEach` then keeps each record only for a reader `isVisibleTo`
 * allows — so a private activity still reaches nobody but its responsible.
 */
export function readForSeveralReaders(workspaceId: number): VisibilityRule {
  return { workspaceId, private: 'all', deleted: 'hidden' };
}

/** The facts of an activity record that the rule reads. */
export function visibilityFacts(record: ActivityRecord): VisibilityFacts {
  return {
    workspaceId: record.workspaceId,
    isPrivate: record.isPrivate,
    responsibleId: record.responsible.id,
    creatorId: record.creator?.id ?? null,
    deletedAt: record.deletedAt,
  };
}

function privateKept(
  rule: VisibilityRule['private'],
  facts: Pick<VisibilityFacts, 'isPrivate' | 'responsibleId'>,
): boolean {
  if (!facts.isPrivate || rule === 'all') return true;
  return rule !== 'none' && facts.responsibleId === rule.responsibleId;
}

/** product §3.2: the creator, the responsible and admins may delete (and restore). */
function manages(manager: Manager, facts: VisibilityFacts): boolean {
  return (
    manager.isAdmin || facts.responsibleId === manager.employeeId || facts.creatorId === manager.employeeId
  );
}

function deletedKept(rule: VisibilityRule['deleted'], facts: VisibilityFacts): boolean {
  if (facts.deletedAt === null) return true;
  if (rule === 'hidden') return false;
  if (rule === 'included') return true;
  return facts.deletedAt.getTime() >= rule.since.getTime() && manages(rule.manager, facts);
}

/** Whether the rule keeps an activity: the in-memory twin of the rule's SQL form. */
export function allows(rule: VisibilityRule, facts: VisibilityFacts): boolean {
  return (
    facts.workspaceId === rule.workspaceId &&
    privateKept(rule.private, facts) &&
    deletedKept(rule.deleted, facts)
  );
}

/** Whether `audience` may see this activity now: not deleted, and public or their own. */
export function isVisibleTo(audience: Audience, record: ActivityRecord): boolean {
  return allows(visibleTo(audience), visibilityFacts(record));
}

/**
 * Whether `audience` may see what an activity is about (subject, person, notes),
 * for rows that are counted whatever their privacy (the team digest's list).
 */
export function detailsVisibleTo(
  audience: Audience,
  facts: Pick<VisibilityFacts, 'isPrivate' | 'responsibleId'>,
): boolean {
  return privateKept(visibleTo(audience).private, facts);
}

/** product §3.2: the creator, the responsible and admins may delete — but only what they can see. */
export function mayDelete(viewer: Viewer, record: ActivityRecord): boolean {
  const facts = visibilityFacts(record);
  return (
    facts.workspaceId === viewer.workspaceId &&
    privateKept(visibleTo(viewer).private, facts) &&
    manages({ employeeId: viewer.employeeId, isAdmin: viewer.isAdmin }, facts)
  );
}

/**
 * A deleted activity can be restored by those who may delete it, for 30 days.
 * Only they, and only then, are shown anything of it (as deleted, with *Undo*);
 * to everyone else, and afterwards, it is gone like a missing one (product §3.4) —
 * whatever old button or command still carries its id.
 */
export function mayRestore(viewer: Viewer, record: ActivityRecord, now: Date): boolean {
  return record.deletedAt !== null && allows(visibleOrRestorableTo(viewer, now), visibilityFacts(record));
}

/** When a deleted activity leaves the trash for good (the nightly purge may take a day more). */
export function restorableUntil(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + UNDO_WINDOW_MS);
}
