import { z } from 'zod';
import { workspaceLocale } from '../../domain/employees/employee-viewer';
import { ok } from '../api-result';
import type { ApiRouteContext } from '../api-route-context';
import { problemLocale } from '../problem';
import { activityAnswer, activityResponse } from '../schemas/activity-schemas';
import { idempotencyHeader } from '../schemas/common';
import { messageBatchResponse, postMessageBatchBody, postMessageBody } from '../schemas/message-schemas';

/** 500 messages of a few kB each, with room to spare; a single message's body may be larger (POST /messages). */
const MESSAGE_BATCH_BODY_LIMIT = '10mb';

/** product §7.2: sent e-mail and SMS become activities. */
export function messageRoutes({ route, deps }: ApiRouteContext): void {
  route(
    {
      method: 'post',
      path: '/messages',
      operationId: 'recordMessage',
      summary: 'Record a sent e-mail or SMS as a done activity',
      description:
        'The customer is matched by personExternalId, else by `to` (e-mail, or phone with 070… = +4670…); unknown → 422 unless createPerson. The sender becomes responsible.',
      tag: 'Messages',
      scopes: ['activities:write'],
      headers: z.object(idempotencyHeader),
      body: { schema: postMessageBody },
      idempotent: true,
      responses: { 201: { description: 'The activity made from the message', schema: activityResponse } },
    },
    async ({ api, body, answer }) => {
      const created = activityAnswer(201, workspaceLocale(api.workspace));
      return created(await deps.messages.record(api, body, answer.storedWith(created)));
    },
  );

  route(
    {
      method: 'post',
      path: '/messages/batch',
      operationId: 'recordMessageBatch',
      summary: 'Record up to 500 sent e-mails or SMS in one request',
      description:
        'Each item is what POST /messages takes, checked and recorded on its own: the answer (200) has one result per item, in order — 201 with the activity id, or a 4xx problem whose field paths name the item (body.items.3.to). Give each item an idempotencyKey to make retries safe: a key seen before (within 24 h, for this token) answers with the first activity (replayed: true) instead of recording it again; the same key with other content is refused (422). The Idempotency-Key header is not used here. More than 500 items refuse the whole request (422).',
      tag: 'Messages',
      scopes: ['activities:write'],
      body: { schema: postMessageBatchBody, limit: MESSAGE_BATCH_BODY_LIMIT },
      responses: { 200: { description: 'One result per item', schema: messageBatchResponse } },
    },
    async ({ api, body, req, res }) =>
      ok(await deps.messageBatch.record(api, body.items, problemLocale(req, res))),
  );
}
