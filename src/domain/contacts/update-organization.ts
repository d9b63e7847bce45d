import type { OrganizationRepository } from '../../db/repositories/organization-repository';
import type { Organization } from '../../generated/prisma/client';
import type { Viewer } from '../viewer';
import { organizationNotFound } from './contact-errors';
import { type OrganizationInput, validOrganization } from './organization-input';
import { writeUnique } from './unique-values';

/** Edits an organization of the viewer's workspace; its persons keep belonging to it when archived. */
export class UpdateOrganization {
  constructor(private readonly organizations: OrganizationRepository) {}

  async run(viewer: Viewer, organizationId: number, input: OrganizationInput): Promise<Organization> {
    const current = await this.organizations.findById(viewer.workspaceId, organizationId);
    if (!current) throw organizationNotFound();
    const data = await validOrganization(this.organizations, viewer.workspaceId, input, current);
    return writeUnique(() => this.organizations.update(viewer.workspaceId, organizationId, data));
  }
}
