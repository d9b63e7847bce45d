import type { ActivityRecord } from '../activities/activity-record';
import type { ActionExpectation } from '../activities/load-for-action';
import { snoozeTarget } from '../activities/snooze-activity';
import type { Viewer } from '../viewer';
import { type PutOffDeps, putOffForResponsible } from './put-off-for-responsible';

/**
 * *Not yet* on "How did it go?" (product §5.5): asked once more, tomorrow at the
 * responsible's digest hour; the second prompt has no *Not yet*.
 */
export class PostponeOutcome {
  constructor(private readonly deps: PutOffDeps) {}

  execute(
    viewer: Viewer,
    { id, digestHour, expected }: { id: number; digestHour: number; expected?: ActionExpectation },
  ): Promise<ActivityRecord> {
    return putOffForResponsible(this.deps, viewer, {
      id,
      expected,
      putOff: async (current, now) => {
        if (current.outcomePostponed) return;
        const at = snoozeTarget(now, 'tomorrow', { timezone: viewer.timezone, hour: digestHour });
        await this.deps.schedule.askOutcomeAgainAt(viewer.workspaceId, id, at);
      },
    });
  }
}
