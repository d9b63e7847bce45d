import type { z } from 'zod';
import { ok, upserted } from '../api-result';
import type { ApiContext } from '../auth';
import type { BoundRoute, Infer } from '../define-route';
import { externalIdParam, foundResponses, upsertResponses } from '../schemas/common';
import type { Upserted } from '../services/api-contacts';

/** One kind of contact as the API writes and reads it by the integration's own id. */
export interface ExternalIdContact<B extends z.ZodType, T> {
  /** Names the path (`/persons/{externalId}`), the operations (`upsertPerson`, `getPerson`) and the docs. */
  noun: 'person' | 'organization';
  /** The PUT body, the answer, and how a stored contact is written as that answer. */
  schemas: { body: B; response: z.ZodType; json: (contact: T) => unknown };
  upsert: (api: ApiContext, externalId: string, body: Infer<B>) => Promise<Upserted<T>>;
  read: (api: ApiContext, externalId: string) => Promise<T>;
}

const NOUNS = {
  person: { Noun: 'Person', article: 'a' },
  organization: { Noun: 'Organization', article: 'an' },
} as const;

/**
 * product §7.1: PUT and GET `/{nouns}/{externalId}`, declared once for persons and
 * organizations alike: the PUT replaces the whole contact (created when the id is new),
 * the GET reads it or answers 404.
 */
export function contactByExternalIdRoutes<B extends z.ZodType, T>(
  route: BoundRoute,
  contact: ExternalIdContact<B, T>,
): void {
  const { noun, schemas } = contact;
  const { Noun, article } = NOUNS[noun];
  const path = `/${noun}s/{externalId}`;
  route(
    {
      method: 'put',
      path,
      operationId: `upsert${Noun}`,
      summary: `Create or replace ${article} ${noun} by external id`,
      description: 'Fields left out become empty (archived stays as it was).',
      tag: 'Contacts',
      scopes: ['contacts:write'],
      params: externalIdParam,
      body: { schema: schemas.body },
      responses: upsertResponses(schemas.response),
    },
    async ({ api, params, body }) =>
      upserted(await contact.upsert(api, params.externalId, body), schemas.json),
  );

  route(
    {
      method: 'get',
      path,
      operationId: `get${Noun}`,
      summary: `Read ${article} ${noun} by external id`,
      tag: 'Contacts',
      scopes: ['contacts:read'],
      params: externalIdParam,
      responses: foundResponses(
        { description: `The ${noun}`, schema: schemas.response },
        `No ${noun} has this external id`,
      ),
    },
    async ({ api, params }) => ok(schemas.json(await contact.read(api, params.externalId))),
  );
}
