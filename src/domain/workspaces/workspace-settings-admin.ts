import type { GuestPolicy } from '../access/standing';
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
 * The settings of the whole workspace in `/activity admin`: language, time zone, holiday
 * country and working hours (Workspace settings), and whether multi-channel guests may use
 * Touchbase as staff (the guest setting). Admins only; a change is written with its audit
 * entry (who made it) in one transaction and counts at once on every replica (nothing caches it).
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

  async guestPolicy(viewer: Viewer | null): Promise<GuestPolicy> {
    requireAdmin(viewer);
    return this.workspaces.guestPolicy(viewer.workspaceId);
  }

  /** True when this changed the setting; asking for what is already set changes (and audits) nothing. */
  async setGuestPolicy(viewer: Viewer | null, admitMultiChannelGuests: boolean): Promise<boolean> {
    requireAdmin(viewer);
    return this.workspaces.setGuestPolicy(
      viewer.workspaceId,
      { admitMultiChannelGuests },
      { actorId: viewer.employeeId, at: this.clock.now() },
    );
  }
}
