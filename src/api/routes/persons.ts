import type { ApiRouteContext } from '../api-route-context';
import { externalIdParam } from '../schemas/common';
import { personJson, personResponse, putPersonBody } from '../schemas/contact-schemas';

/** SPEC 7.1: persons by the integration's own id. */
export function personRoutes({ route, deps }: ApiRouteContext): void {
  route(
    {
      method: 'put',
      path: '/persons/{externalId}',
      operationId: 'upsertPerson',
      summary: 'Create or replace a person by external id',
      description: 'Fields left out become empty (archived stays as it was).',
      tag: 'Contacts',
      scopes: ['contacts:write'],
      params: externalIdParam,
      body: { schema: putPersonBody },
      responses: {
        200: { description: 'Updated', schema: personResponse },
        201: { description: 'Created', schema: personResponse },
      },
    },
    async ({ api, params, body }) => {
      const { created, value } = await deps.contacts.upsertPerson(api, params.externalId, body);
      return { status: created ? 201 : 200, body: personJson(value) };
    },
  );

  route(
    {
      method: 'get',
      path: '/persons/{externalId}',
      operationId: 'getPerson',
      summary: 'Read a person by external id',
      tag: 'Contacts',
      scopes: ['contacts:read'],
      params: externalIdParam,
      responses: {
        200: { description: 'The person', schema: personResponse },
        404: { description: 'No person has this external id' },
      },
    },
    async ({ api, params }) => ({
      status: 200,
      body: personJson(await deps.contacts.person(api, params.externalId)),
    }),
  );
}
