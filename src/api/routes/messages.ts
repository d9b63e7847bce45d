import { z } from 'zod';
import { workspaceLocale } from '../../domain/employees/employee-viewer';
import type { ApiRouteContext } from '../api-route-context';
import { activityAnswer, activityResponse } from '../schemas/activity-schemas';
import { idempotencyHeader } from '../schemas/common';
import { postMessageBody } from '../schemas/message-schemas';

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
}
