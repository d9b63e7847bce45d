import { requireAdmin } from '../activity-types/require-admin';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { Workspaces } from '../workspaces/workspace-ports';
import type { GuestPolicy } from './standing';

/**
 * The guest setting of `/activity admin`: whether multi-channel guests may use
 * Touchbase as staff. Admins only; every change is audited with who made it.
 */
export class GuestAccessAdmin {
  constructor(
    private readonly workspaces: Workspaces,
    private readonly clock: Clock,
  ) {}

  async get(viewer: Viewer | null): Promise<GuestPolicy> {
    requireAdmin(viewer);
    return this.workspaces.guestPolicy(viewer.workspaceId);
  }

  /** True when this changed the setting; asking for what is already set changes (and audits) nothing. */
  async set(viewer: Viewer | null, admitMultiChannelGuests: boolean): Promise<boolean> {
    requireAdmin(viewer);
    return this.workspaces.setGuestPolicy(
      viewer.workspaceId,
      { admitMultiChannelGuests },
      { actorId: viewer.employeeId, at: this.clock.now() },
    );
  }
}
