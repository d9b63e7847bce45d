import { feedAnswer } from '../api-result';
import type { ApiRouteContext } from '../api-route-context';
import {
  listPersonsQuery,
  personJson,
  personPageResponse,
  personResponse,
  putPersonBody,
} from '../schemas/contact-schemas';
import { contactByExternalIdRoutes } from './contact-by-external-id';

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

  contactByExternalIdRoutes(route, {
    noun: 'person',
    schemas: { body: putPersonBody, response: personResponse, json: personJson },
    upsert: (api, externalId, body) => deps.contacts.upsertPerson(api, externalId, body),
    read: (api, externalId) => deps.contacts.person(api, externalId),
  });
}
