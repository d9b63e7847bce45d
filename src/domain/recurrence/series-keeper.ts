import type { ActivityTypeCatalog, Actor } from '../activities/activity-ports';
import type { ActivityRecord } from '../activities/activity-record';
import { changesBetween } from '../activities/activity-state';
import { outcomeMoment, reminderMoment } from '../reminders/reminder-rules';
import type { Transaction } from '../transaction';
import { localDayOf, nextOccurrence, previousSlot } from './occurrences';
import { parseRrule } from './parse-rrule';
import type { ActivitySeriesStore, Series, SeriesTemplate } from './series-ports';

/** What restoring a deleted occurrence did to its series (see SeriesKeeper.restore). */
export type SeriesRestore =
  | { kind: 'none' }
  | { kind: 'resumed' }
  | { kind: 'replaced'; removedId: number }
  | { kind: 'detached' };

function templateOf(activity: ActivityRecord): SeriesTemplate {
  return {
    personId: activity.person.id,
    organizationId: activity.organization?.id ?? null,
    typeId: activity.type.id,
    subject: activity.subject,
    responsibleId: activity.responsible.id,
    notes: activity.notes,
    isPrivate: activity.isPrivate,
    remindLeadMinutes: activity.remindLeadMinutes,
  };
}

/** An occurrence's length, kept for the next ones; none when it has no end of its own. */
function durationOf(activity: ActivityRecord): number | null {
  if (activity.status === 'DONE' || !activity.endAt) return null;
  return Math.round((activity.endAt.getTime() - activity.startAt.getTime()) / 1000);
}

const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/**
 * The series rules of product §3.6, run inside the transaction of the activity change
 * they follow from, so an occurrence and its series never disagree.
 */
export class SeriesKeeper {
  constructor(
    private readonly store: ActivitySeriesStore,
    private readonly types: ActivityTypeCatalog,
  ) {}

  /**
   * Makes `first` the first occurrence of a new series with `rule` (canonical RRULE).
   * A first occurrence saved as done already has its next one made at once.
   */
  async start(
    tx: Transaction,
    first: ActivityRecord,
    spec: { rule: string; timeZone: string; by: Actor },
  ): Promise<{ series: Series; next?: ActivityRecord | null }> {
    const series = await this.store.create(tx, {
      workspaceId: first.workspaceId,
      rule: spec.rule,
      timeZone: spec.timeZone,
      startAt: first.startAt,
      durationSeconds: durationOf(first),
      occurrences: 1,
      currentActivityId: first.id,
      slotAt: first.startAt,
      ...templateOf(first),
    });
    if (first.status !== 'DONE') return { series };
    const next = await this.advance(tx, { ...first, seriesId: series.id }, spec.by);
    return { series, next };
  }

  /**
   * `leaving` is no longer the series' open occurrence (completed, or deleted as "this one
   * only"): makes the next one from the template, the first slot after the later of its
   * slot, its start and now, so a late completion never piles up overdue copies. Null when
   * the series has ended; undefined when `leaving` was not the series' current occurrence.
   */
  async advance(
    tx: Transaction,
    leaving: ActivityRecord,
    by: Actor,
  ): Promise<ActivityRecord | null | undefined> {
    if (leaving.seriesId === null) return undefined;
    const series = await this.store.lock(tx, leaving.workspaceId, leaving.seriesId);
    if (!series || series.endedAt || series.currentActivityId !== leaving.id) return undefined;
    const rule = parseRrule(series.rule, localDayOf(series.startAt, series.timeZone));
    const startAt = nextOccurrence({
      rule,
      seriesStart: series.startAt,
      timeZone: series.timeZone,
      after: latest(series.slotAt, leaving.startAt, by.at),
      occurrencesSoFar: series.occurrences,
    });
    if (!startAt) {
      await this.end(tx, series.id, by.at);
      return null;
    }
    const endAt =
      series.durationSeconds === null ? null : new Date(startAt.getTime() + series.durationSeconds * 1000);
    // The reminder and "How did it go?" of the new occurrence (product §5.4, §5.5), from the
    // series' lead and its type (read again only when this occurrence alone had another type).
    const type =
      leaving.type.id === series.typeId && leaving.type.askOutcome !== undefined
        ? leaving.type
        : ((await this.types.findById(series.workspaceId, series.typeId)) ?? { id: series.typeId });
    const timing = { status: 'NOT_STARTED' as const, startAt, endAt, type };
    const remindAt = reminderMoment({ ...timing, remindLeadMinutes: series.remindLeadMinutes }, null, {
      now: by.at,
      timezone: series.timeZone,
    });
    return this.store.addOccurrence(tx, {
      seriesId: series.id,
      activity: {
        workspaceId: series.workspaceId,
        personId: series.personId,
        organizationId: series.organizationId,
        typeId: series.typeId,
        subject: series.subject,
        responsibleId: series.responsibleId,
        notes: series.notes,
        isPrivate: series.isPrivate,
        remindLeadMinutes: series.remindLeadMinutes,
        remindAt,
        ...outcomeMoment(timing, null, by.at),
        status: 'NOT_STARTED',
        startAt,
        endAt,
        dueAt: endAt ?? startAt,
        completedAt: null,
        recurrence: series.rule,
        creatorId: by.employeeId,
        actorLabel: by.label ?? null,
        source: leaving.source,
        permalink: null,
      },
      changesOf: (record) => changesBetween(null, record),
      at: by.at,
      slotAt: startAt,
    });
  }

  /**
   * "This and following": the series takes the occurrence as it now is for its template,
   * and its start as the new anchor. A changed rule counts its occurrences afresh from this one.
   */
  async follow(
    tx: Transaction,
    occurrence: ActivityRecord,
    spec: { rule: string; timeZone: string; ruleChanged: boolean },
  ): Promise<void> {
    if (occurrence.seriesId === null) return;
    await this.store.update(tx, occurrence.seriesId, {
      ...templateOf(occurrence),
      rule: spec.rule,
      timeZone: spec.timeZone,
      startAt: occurrence.startAt,
      slotAt: occurrence.startAt,
      durationSeconds: durationOf(occurrence),
      ...(spec.ruleChanged ? { occurrences: 1 } : {}),
    });
  }

  /**
   * Undo of an occurrence's delete (product §3.2, §3.6), in the restore's transaction, so the
   * series never has two open occurrences:
   * - the delete ended the series (*This and following*, or its last occurrence): it goes on
   *   from the restored one;
   * - the delete made the next occurrence and nobody has saved that one since: it is removed,
   *   and the series goes on from the restored one as before the delete;
   * - the series has moved on since (its next occurrence was worked on, or it was stopped):
   *   the restored one comes back as a single activity.
   * A done occurrence (its series moved on when it was completed) is restored as it is.
   */
  async restore(
    tx: Transaction,
    occurrence: { restored: ActivityRecord; deletedAt: Date; by: Actor },
  ): Promise<SeriesRestore> {
    const { restored, deletedAt, by } = occurrence;
    if (restored.seriesId === null || restored.recurrence === null || restored.status === 'DONE')
      return { kind: 'none' };
    const series = await this.store.lock(tx, restored.workspaceId, restored.seriesId);
    if (!series || series.currentActivityId === restored.id) return { kind: 'none' };
    const sameMoment = (at: Date | null) => at !== null && at.getTime() === deletedAt.getTime();
    // What the series made after this one: by the delete, or since.
    const next = await this.store.occurrenceAfter(tx, {
      workspaceId: series.workspaceId,
      seriesId: series.id,
      after: restored.id,
    });
    if (series.currentActivityId === null) {
      // Ended by this delete (nothing made after it): the undo takes the end back. Stopped since: it stays stopped.
      if (next !== null || !sameMoment(series.endedAt)) return this.detach(tx, restored, by);
      await this.store.update(tx, series.id, { endedAt: null, currentActivityId: restored.id });
      return { kind: 'resumed' };
    }
    // The occurrence the delete made, still the series' current one and never saved since.
    const untouched =
      next?.id === series.currentActivityId &&
      next.deletedAt === null &&
      next.version === 1 &&
      sameMoment(next.createdAt);
    if (untouched && (await this.store.removeOccurrence(tx, series.workspaceId, next.id))) {
      const rule = parseRrule(series.rule, localDayOf(series.startAt, series.timeZone));
      const slotAt = previousSlot({
        rule,
        seriesStart: series.startAt,
        timeZone: series.timeZone,
        before: series.slotAt,
      });
      await this.store.update(tx, series.id, {
        currentActivityId: restored.id,
        occurrences: Math.max(1, series.occurrences - 1),
        slotAt,
      });
      return { kind: 'replaced', removedId: next.id };
    }
    return this.detach(tx, restored, by);
  }

  private async detach(tx: Transaction, restored: ActivityRecord, by: Actor): Promise<SeriesRestore> {
    await this.store.detach(tx, { activity: restored, by });
    return { kind: 'detached' };
  }

  /** *Stop repeating*, or *Delete this and following*: the series makes no more occurrences. */
  async end(tx: Transaction, seriesId: number, at: Date): Promise<void> {
    // It lets go of its occurrence too, which may then start a series of its own.
    await this.store.update(tx, seriesId, { endedAt: at, currentActivityId: null });
  }
}
