import { z } from 'zod';
import type { PrivacyActor } from '../../domain/privacy/privacy-actor';
import { ok } from '../api-result';
import type { ApiRouteContext } from '../api-route-context';
import type { ApiContext } from '../auth';
import { foundResponses } from '../schemas/common';

const personIdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .meta({ description: 'The person’s id (`id` in person answers)' }),
});

const erasureResponse = z.object({
  activities: z.int().meta({ description: 'Activities about the person deleted' }),
  historyEntries: z.int().meta({ description: 'History entries of those activities deleted' }),
  redactedHistoryEntries: z
    .int()
    .meta({ description: 'History entries of other activities that named the person, redacted' }),
  storedApiAnswers: z
    .int()
    .meta({ description: 'Stored idempotent answers about the person or their activities, deleted' }),
});

const actor = (api: ApiContext): PrivacyActor => ({
  kind: 'token',
  workspaceId: api.workspace.id,
  tokenName: api.token.name,
});

/** product §8 through the API, for tokens with the `admin` scope: export and erasure of one person. */
export function privacyRoutes({ route, deps }: ApiRouteContext): void {
  route(
    {
      method: 'get',
      path: '/privacy/persons/{id}/export',
      operationId: 'exportPerson',
      summary: 'Everything stored about a person (data protection export)',
      description:
        'The person, their organization and every activity about them (deleted and private ones included: the right of access covers them) with its history. The export is recorded in the audit log, with how many private and deleted activities it held.',
      tag: 'Data protection',
      scopes: ['admin'],
      params: personIdParam,
      responses: foundResponses(
        { description: 'The export (JSON)', schema: z.record(z.string(), z.unknown()) },
        'No such person',
      ),
    },
    async ({ api, params }) => ok(await deps.privacy.export.execute(actor(api), params.id)),
  );

  route(
    {
      method: 'delete',
      path: '/privacy/persons/{id}',
      operationId: 'erasePerson',
      summary: 'Erase a person (data protection)',
      description:
        'Deletes the person, their activities and those activities’ history, and redacts other history naming them. The audit log keeps who, when and the counts, never the personal data.',
      tag: 'Data protection',
      scopes: ['admin'],
      params: personIdParam,
      responses: foundResponses(
        { description: 'Erased; what was deleted', schema: erasureResponse },
        'No such person',
      ),
    },
    async ({ api, params }) => ok(await deps.privacy.erase.execute(actor(api), params.id)),
  );
}
