import type { Viewer } from '../viewer';
import { organizationNotFound, restoreAdminOnly } from './contact-errors';
import type { Organizations } from './contact-ports';

/**
 * *Restore* on an archived organization's card: admins only. Its persons are not
 * touched (archiving an organization never archived them).
 */
export class RestoreOrganization {
  constructor(private readonly organizations: Organizations) {}

  async execute(viewer: Viewer, organizationId: number): Promise<void> {
    if (!viewer.isAdmin) throw restoreAdminOnly();
    if (await this.organizations.restore(viewer.workspaceId, organizationId)) return;
    if (!(await this.organizations.findById(viewer.workspaceId, organizationId)))
      throw organizationNotFound();
  }
}
