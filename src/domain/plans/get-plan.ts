import { requireAdmin } from '../activity-types/require-admin';
import type { Viewer } from '../viewer';
import type { ActivityPlan } from './plan';
import { planNotFound } from './plan-errors';
import type { Plans } from './plans-ports';

/** One plan with its steps, for an admin's form. */
export class GetPlan {
  constructor(private readonly plans: Plans) {}

  async execute(viewer: Viewer | null, { planId }: { planId: number }): Promise<ActivityPlan> {
    requireAdmin(viewer);
    const plan = await this.plans.find(viewer.workspaceId, planId);
    if (!plan) throw planNotFound();
    return plan;
  }
}
