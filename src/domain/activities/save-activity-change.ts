import type { SeriesKeeper } from '../recurrence/series-keeper';
import { outcomeMoment, reminderMoment, responsibleZone } from '../reminders/reminder-rules';
import type { WithinTransaction } from '../transaction';
import type { Viewer } from '../viewer';
import { ActivityNotFoundError, ConflictError } from './activity-errors';
import type { Activities, Actor } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { type ActivityState, changesBetween, toWrite } from './activity-state';
import { visibleTo } from './activity-visibility';
import { applyTimingRules, type TimingInput } from './timing-rules';

/**
 * A saved change. `nextOccurrence` (product §3.6): the occurrence made because this change
 * completed its series' open one, or null when the series ended with it.
 */
export type SavedChange = ActivityRecord & { nextOccurrence?: ActivityRecord | null };

/**
 * Writes `next` over `current` only if nobody saved in between, with one history
 * event naming every changed field. Nothing changed: nothing is written. Completing a
 * series' open occurrence makes its next one in the same transaction (given `series`).
 */
export async function saveActivityChange(
  activities: Activities,
  viewer: Viewer,
  {
    current,
    next,
    now,
    actorLabel,
    alongside,
    series,
  }: {
    current: ActivityRecord;
    next: ActivityState;
    now: Date;
    /** An actor who is not an employee (an API token), named in the history instead. */
    actorLabel?: string;
    /** Work that commits with the change (not run when nothing changed). */
    alongside?: WithinTransaction<ActivityRecord>;
    /** Moves a series on when the change completes its open occurrence. */
    series?: SeriesKeeper;
  },
): Promise<SavedChange> {
  const changes = changesBetween(current, next);
  if (changes.length === 0) return current;
  const by: Actor =
    actorLabel === undefined
      ? { employeeId: viewer.employeeId, at: now }
      : { employeeId: null, label: actorLabel, at: now };
  const completes = current.status !== 'DONE' && next.status === 'DONE' && current.seriesId !== null;
  let moved: ActivityRecord | null | undefined;
  const work: WithinTransaction<ActivityRecord> | undefined =
    series && completes
      ? async (tx, written) => {
          await alongside?.(tx, written);
          moved = await series.advance(tx, written, by);
        }
      : alongside;
  // The reminder follows the start, the lead and the status at once (product §5.4).
  // A form's save knows the responsible's zone; a button's acts on the presser's.
  const remindAt = reminderMoment(next, current, {
    now,
    timezone: responsibleZone(next.responsible, viewer.timezone),
  });
  const saved = await activities.updateIfVersion(
    { workspaceId: viewer.workspaceId, id: current.id, version: current.version },
    {
      data: toWrite({ ...next, remindAt, ...outcomeMoment(next, current, now) }),
      by,
      changes,
      alongside: work,
    },
  );
  if (saved) return moved === undefined ? saved : { ...saved, nextOccurrence: moved };
  const fresh = await activities.find(visibleTo(viewer), current.id);
  if (!fresh) throw new ActivityNotFoundError(current.id);
  throw new ConflictError(fresh);
}

/** A one-click change of status or dates, through the timing rules (*Done*, *Start*, *Snooze*). */
export function saveTimingChange(
  activities: Activities,
  viewer: Viewer,
  {
    current,
    change,
    now,
    series,
  }: { current: ActivityRecord; change: TimingInput; now: Date; series?: SeriesKeeper },
): Promise<SavedChange> {
  const timing = applyTimingRules(change, current, now);
  return saveActivityChange(activities, viewer, { current, next: { ...current, ...timing }, now, series });
}
