import type { Viewer } from '../viewer';
import type { Plans } from './plans-ports';
import { isLaunchable } from './prepare-launch';

/** The plans anyone on the staff may launch (active, with steps), in name order. */
export class ListLaunchablePlans {
  constructor(private readonly plans: Plans) {}

  async execute(viewer: Viewer): Promise<{ id: number; name: string }[]> {
    return (await this.plans.list(viewer.workspaceId))
      .filter(isLaunchable)
      .map(({ id, name }) => ({ id, name }));
  }
}
