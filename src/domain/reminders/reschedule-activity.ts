import { ActivityActionRefused, ActivityNotFoundError } from '../activities/activity-errors';
import type { Activities } from '../activities/activity-ports';
import type { ActivityRecord } from '../activities/activity-record';
import { visibleTo } from '../activities/activity-visibility';
import type { ActingContext } from '../activities/resolve-activity-input';
import type { UpdateActivity } from '../activities/update-activity';

/**
 * *Reschedule* on "How did it go?" (product §5.5): a new start; an end moves with it
 * so the activity keeps its length. Its reminder and its outcome prompt follow.
 */
export class RescheduleActivity {
  constructor(private readonly deps: { activities: Activities; update: UpdateActivity }) {}

  async execute(
    acting: ActingContext,
    { id, version, startAt }: { id: number; version: number; startAt: Date },
  ): Promise<ActivityRecord> {
    const current = await this.deps.activities.find(visibleTo(acting.viewer), id);
    if (!current) throw new ActivityNotFoundError(id);
    if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
    const endAt = current.endAt
      ? new Date(startAt.getTime() + (current.endAt.getTime() - current.startAt.getTime()))
      : null;
    return (await this.deps.update.execute(acting, { id, version, input: { startAt, endAt } })).record;
  }
}
