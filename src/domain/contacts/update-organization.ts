import type { Viewer } from '../viewer';
import type { Organization } from './contact';
import { organizationNotFound } from './contact-errors';
import type { Organizations } from './contact-ports';
import { type OrganizationInput, validOrganization } from './organization-input';
import { writeUnique } from './unique-values';

/** Edits an organization of the viewer's workspace; its persons keep belonging to it when archived. */
export class UpdateOrganization {
  constructor(private readonly organizations: Organizations) {}

  async execute(viewer: Viewer, organizationId: number, input: OrganizationInput): Promise<Organization> {
    const current = await this.organizations.findById(viewer.workspaceId, organizationId);
    if (!current) throw organizationNotFound();
    const data = await validOrganization(this.organizations, viewer.workspaceId, { input, current });
    return writeUnique(() => this.organizations.update(viewer.workspaceId, organizationId, data));
  }
}
