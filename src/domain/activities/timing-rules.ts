import type { ActivityStatus } from './activity-record';

export interface TimingInput {
  status: ActivityStatus;
  startAt: Date;
  endAt: Date | null;
  /** Whether this edit itself set the end (as opposed to carrying the old one along). */
  endSetByThisEdit: boolean;
}

export interface Timing {
  status: ActivityStatus;
  startAt: Date;
  endAt: Date | null;
  dueAt: Date;
  completedAt: Date | null;
}

/**
 * product §3.2. Done without an end ends now; reopening clears the end unless this
 * edit set one; due is end, else start; completedAt marks when it became done.
 * An activity planned for later but done already happened now: its start moves
 * to now rather than ending before it began.
 */
export function applyTimingRules(
  input: TimingInput,
  previous: { status: ActivityStatus; completedAt: Date | null } | null,
  now: Date,
): Timing {
  let { startAt, endAt } = input;
  const { status } = input;
  if (status === 'DONE' && endAt === null) {
    endAt = now;
    if (startAt > now) startAt = now;
  }
  if (status !== 'DONE' && previous?.status === 'DONE' && !input.endSetByThisEdit) endAt = null;
  const completedAt =
    status !== 'DONE' ? null : previous?.status === 'DONE' ? (previous.completedAt ?? now) : now;
  return { status, startAt, endAt, dueAt: endAt ?? startAt, completedAt };
}

/** Times from Slack's pickers have whole seconds; stored ones may carry milliseconds. */
export function sameSecond(a: Date | null, b: Date | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);
}
