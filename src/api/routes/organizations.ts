import { ok, upserted } from '../api-result';
import type { ApiRouteContext } from '../api-route-context';
import { externalIdParam, upsertResponses } from '../schemas/common';
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
      responses: upsertResponses(organizationResponse),
    },
    async ({ api, params, body }) =>
      upserted(await deps.contacts.upsertOrganization(api, params.externalId, body), organizationJson),
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
    async ({ api, params }) => ok(organizationJson(await deps.contacts.organization(api, params.externalId))),
  );
}
