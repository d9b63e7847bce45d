import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { ActivityActionRefused, ActivityNotFoundError, ConflictError } from './activity-errors';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { visibleOrRestorableTo } from './activity-visibility';

/**
 * What the user saw when they pressed: a button drawn for one responsible must
 * not act once the activity has passed to someone else.
 */
export interface ActionExpectation {
  responsibleId?: number;
}

/**
 * The current, live state of an activity a button or command acts on. A deleted
 * one is refused as deleted (with Undo) for those who may still restore it, and
 * as missing for everyone else, so an old button shows nothing of it.
 */
export async function loadForAction(
  activities: Activities,
  viewer: Viewer,
  { id, now, expected = {} }: { id: number; now: Date; expected?: ActionExpectation },
): Promise<ActivityRecord> {
  const current = await activities.find(visibleOrRestorableTo(viewer, now), id);
  if (!current) throw new ActivityNotFoundError(id);
  // The rule returns a deleted activity only to those who may still restore it (mayRestore).
  if (current.deletedAt) throw new ActivityActionRefused('deleted', current);
  if (expected.responsibleId !== undefined && expected.responsibleId !== current.responsible.id) {
    throw new ActivityActionRefused('reassigned', current);
  }
  return current;
}

const ATTEMPTS = 3;

/**
 * One-click actions need no form version: when another save slipped in between
 * reading and writing, they look at the new state and decide again.
 */
export async function retryOnConflict<T>(action: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/**
 * A one-click action on one activity (*Done*, *Start*, *Delete*…): `act` decides on the live
 * state (loadForAction) and writes, and decides again when someone saved in between.
 */
export function actOnActivity<Result extends ActivityRecord = ActivityRecord>(
  deps: { activities: Activities; clock: Clock },
  request: { viewer: Viewer; id: number; expected?: ActionExpectation },
  act: (current: ActivityRecord, now: Date) => Promise<Result>,
): Promise<Result> {
  return retryOnConflict(async () => {
    const { viewer, id, expected } = request;
    const current = await loadForAction(deps.activities, viewer, { id, now: deps.clock.now(), expected });
    return act(current, deps.clock.now());
  });
}
