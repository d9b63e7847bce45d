import type { ApiRouteContext } from '../api-route-context';
import { externalIdParam } from '../schemas/common';
import { organizationJson, organizationResponse, putOrganizationBody } from '../schemas/contact-schemas';

/** product §7.1: organizations by the integration's own id. */
export function organizationRoutes({ route, deps }: ApiRouteContext): void {
  route(
    {
      method: 'put',
      path: '/organizations/{externalId}',
      operationId: 'upsertOrganization',
      summary: 'Create or replace an organization by external id',
      description: 'Fields left out become empty (archived stays as it was).',
      tag: 'Contacts',
      scopes: ['contacts:write'],
      params: externalIdParam,
      body: { schema: putOrganizationBody },
      responses: {
        200: { description: 'Updated', schema: organizationResponse },
        201: { description: 'Created', schema: organizationResponse },
      },
    },
    async ({ api, params, body }) => {
      const { created, value } = await deps.contacts.upsertOrganization(api, params.externalId, body);
      return { status: created ? 201 : 200, body: organizationJson(value) };
    },
  );

  route(
    {
      method: 'get',
      path: '/organizations/{externalId}',
      operationId: 'getOrganization',
      summary: 'Read an organization by external id',
      tag: 'Contacts',
      scopes: ['contacts:read'],
      params: externalIdParam,
      responses: {
        200: { description: 'The organization', schema: organizationResponse },
        404: { description: 'No organization has this external id' },
      },
    },
    async ({ api, params }) => ({
      status: 200,
      body: organizationJson(await deps.contacts.organization(api, params.externalId)),
    }),
  );
}
