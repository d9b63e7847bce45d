import { requireAdmin } from '../activity-types/require-admin';
import type { Viewer } from '../viewer';
import type { ActivityPlan } from './plan';
import type { Plans } from './plans-ports';

/** Every plan of the workspace with its steps, archived ones last, for admins (product §3.7). */
export class ListPlans {
  constructor(private readonly plans: Plans) {}

  async execute(viewer: Viewer | null): Promise<ActivityPlan[]> {
    requireAdmin(viewer);
    return this.plans.list(viewer.workspaceId);
  }
}
