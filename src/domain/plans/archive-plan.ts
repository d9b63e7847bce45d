import { requireAdmin } from '../activity-types/require-admin';
import { auditBy } from '../audit';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityPlan } from './plan';
import { planNotFound } from './plan-errors';
import type { Plans } from './plans-ports';

/** Archives a plan (it can no longer be launched) or restores it; audited. */
export class ArchivePlan {
  constructor(
    private readonly plans: Plans,
    private readonly clock: Clock,
  ) {}

  async execute(
    viewer: Viewer | null,
    { planId, archived }: { planId: number; archived: boolean },
  ): Promise<ActivityPlan> {
    requireAdmin(viewer);
    const action = archived ? 'plan.archived' : 'plan.restored';
    const plan = await this.plans.setArchived(
      viewer.workspaceId,
      { planId, archived },
      auditBy(viewer, this.clock, { action, targetId: planId, details: { archived } }),
    );
    if (!plan) throw planNotFound();
    return plan;
  }
}
