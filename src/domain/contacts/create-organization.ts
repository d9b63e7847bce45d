import type { Viewer } from '../viewer';
import type { Organization } from './contact';
import type { Organizations } from './contact-ports';
import { type OrganizationInput, validOrganization } from './organization-input';
import { writeUnique } from './unique-values';

/** `/contact new` for an organization. */
export class CreateOrganization {
  constructor(private readonly organizations: Organizations) {}

  async execute(viewer: Viewer, input: OrganizationInput): Promise<Organization> {
    const data = await validOrganization(this.organizations, viewer.workspaceId, {
      input: {
        ...input,
        archived: false,
      },
    });
    return writeUnique(() => this.organizations.create(viewer.workspaceId, data));
  }
}
