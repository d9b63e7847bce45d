import { feedAnswer, ok, upserted } from '../api-result';
import type { ApiRouteContext } from '../api-route-context';
import { externalIdParam, upsertResponses } from '../schemas/common';
import {
  listPersonsQuery,
  personJson,
  personPageResponse,
  personResponse,
  putPersonBody,
} from '../schemas/contact-schemas';

/** product §7.1: persons by the integration's own id, and the person sync feed. */
export function personRoutes({ route, deps }: ApiRouteContext): void {
  route(
    {
      method: 'get',
      path: '/persons',
      operationId: 'listPersons',
      summary: 'List persons changed since a time',
      description:
        'In commit order, oldest change first, paged and resumed like GET /activities (nextCursor, resumeCursor). Archived persons come with archived: true; a person deleted for good (erased) as {id, externalId, deleted: true}, without any personal data.',
      tag: 'Contacts',
      scopes: ['contacts:read'],
      query: listPersonsQuery,
      responses: { 200: { description: 'One page', schema: personPageResponse } },
    },
    async ({ api, query }) =>
      feedAnswer(await deps.contacts.persons(api, query), (item) =>
        'person' in item ? personJson(item.person) : item,
      ),
  );

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
      responses: upsertResponses(personResponse),
    },
    async ({ api, params, body }) =>
      upserted(await deps.contacts.upsertPerson(api, params.externalId, body), personJson),
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
    async ({ api, params }) => ok(personJson(await deps.contacts.person(api, params.externalId))),
  );
}
