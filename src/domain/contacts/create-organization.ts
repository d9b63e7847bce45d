import type { OrganizationRepository } from '../../db/repositories/organization-repository';
import type { Organization } from '../../generated/prisma/client';
import type { Viewer } from '../viewer';
import { type OrganizationInput, validOrganization } from './organization-input';
import { writeUnique } from './unique-values';

/** `/contact new` for an organization. */
export class CreateOrganization {
  constructor(private readonly organizations: OrganizationRepository) {}

  async run(viewer: Viewer, input: OrganizationInput): Promise<Organization> {
    const data = await validOrganization(this.organizations, viewer.workspaceId, {
      ...input,
      archived: false,
    });
    return writeUnique(() => this.organizations.create(viewer.workspaceId, data));
  }
}
