import { outcomeMoment, reminderMoment, responsibleZone } from '../reminders/reminder-rules';
import type { WithinTransaction } from '../transaction';
import type { Viewer } from '../viewer';
import { ActivityNotFoundError, ConflictError } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { type ActivityState, changesBetween, toWrite } from './activity-state';
import { visibleTo } from './activity-visibility';
import { applyTimingRules, type TimingInput } from './timing-rules';

/**
 * Writes `next` over `current` only if nobody saved in between, with one history
 * event naming every changed field. Nothing changed: nothing is written.
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
  }: {
    current: ActivityRecord;
    next: ActivityState;
    now: Date;
    /** An actor who is not an employee (an API token), named in the history instead. */
    actorLabel?: string;
    /** Work that commits with the change (not run when nothing changed). */
    alongside?: WithinTransaction<ActivityRecord>;
  },
): Promise<ActivityRecord> {
  const changes = changesBetween(current, next);
  if (changes.length === 0) return current;
  // The reminder follows the start, the lead and the status at once (product §5.4).
  // A form's save knows the responsible's zone; a button's acts on the presser's.
  const remindAt = reminderMoment(next, current, now, responsibleZone(next.responsible, viewer.timezone));
  const saved = await activities.updateIfVersion(
    { workspaceId: viewer.workspaceId, id: current.id, version: current.version },
    toWrite({ ...next, remindAt, ...outcomeMoment(next, current, now) }),
    actorLabel === undefined
      ? { employeeId: viewer.employeeId, at: now }
      : { employeeId: null, label: actorLabel, at: now },
    changes,
    alongside,
  );
  if (saved) return saved;
  const fresh = await activities.find(visibleTo(viewer), current.id);
  if (!fresh) throw new ActivityNotFoundError(current.id);
  throw new ConflictError(fresh);
}

/** A one-click change of status or dates, through the timing rules (*Done*, *Start*, *Snooze*). */
export function saveTimingChange(
  activities: Activities,
  viewer: Viewer,
  { current, change, now }: { current: ActivityRecord; change: TimingInput; now: Date },
): Promise<ActivityRecord> {
  const timing = applyTimingRules(change, current, now);
  return saveActivityChange(activities, viewer, { current, next: { ...current, ...timing }, now });
}
