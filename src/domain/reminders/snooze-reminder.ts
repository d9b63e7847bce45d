import type { ActivityRecord } from '../activities/activity-record';
import type { ActionExpectation } from '../activities/load-for-action';
import type { Viewer } from '../viewer';
import { type PutOffDeps, putOffForResponsible } from './put-off-for-responsible';

/** The reminder's own *Snooze*: 15 minutes or an hour (product §5.4). */
export const REMIND_LATER_MINUTES = [15, 60] as const;
export type RemindLaterMinutes = (typeof REMIND_LATER_MINUTES)[number];

/** *Snooze 15 min / 1 hour* on a reminder: its responsible is reminded again then. */
export class SnoozeReminder {
  constructor(private readonly deps: PutOffDeps) {}

  execute(
    viewer: Viewer,
    { id, minutes, expected }: { id: number; minutes: RemindLaterMinutes; expected?: ActionExpectation },
  ): Promise<ActivityRecord> {
    return putOffForResponsible(this.deps, viewer, {
      id,
      expected,
      putOff: async (_current, now) => {
        await this.deps.schedule.remindAgainAt(
          viewer.workspaceId,
          id,
          new Date(now.getTime() + minutes * 60_000),
        );
      },
    });
  }
}
