import { requireAdmin } from '../activity-types/require-admin';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { Workspaces } from './workspace-ports';
import {
  checkWorkspaceSettings,
  type WorkspaceSettings,
  type WorkspaceSettingsField,
  type WorkspaceSettingsInput,
} from './workspace-settings';

/**
 * `/activity admin` → Workspace settings: language, time zone, holiday country and
 * working hours of the whole workspace. Admins only; a change is written with its audit
 * entry in one transaction and counts at once on every replica (nothing caches it).
 */
export class WorkspaceSettingsAdmin {
  constructor(
    private readonly workspaces: Workspaces,
    private readonly clock: Clock,
  ) {}

  async get(viewer: Viewer | null): Promise<WorkspaceSettings> {
    requireAdmin(viewer);
    return this.workspaces.settings(viewer.workspaceId);
  }

  /** The fields that changed; none (and no audit entry) when the form held what was stored. */
  async update(viewer: Viewer | null, input: WorkspaceSettingsInput): Promise<WorkspaceSettingsField[]> {
    requireAdmin(viewer);
    const settings = checkWorkspaceSettings(input);
    return this.workspaces.updateSettings(viewer.workspaceId, settings, {
      actorId: viewer.employeeId,
      at: this.clock.now(),
    });
  }
}
