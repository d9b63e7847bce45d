import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { requireAdmin } from './require-admin';

/** Every type of the workspace, archived ones too, in the order staff see them. */
export class ListActivityTypes {
  constructor(private readonly types: ActivityTypeAdministration) {}

  async execute(viewer: Viewer | null): Promise<ActivityType[]> {
    requireAdmin(viewer);
    return this.types.listAll(viewer.workspaceId);
  }
}
