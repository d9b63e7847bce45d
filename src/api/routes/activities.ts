import { z } from 'zod';
import { workspaceLocale } from '../../domain/employees/employee-viewer';
import { feedAnswer } from '../api-result';
import type { ApiRouteContext } from '../api-route-context';
import { ApiProblem } from '../problem';
import {
  activityAnswer,
  activityJson,
  activityPageResponse,
  activityResponse,
  createActivityBody,
  listActivitiesQuery,
  updateActivityBody,
} from '../schemas/activity-schemas';
import { foundResponses, idempotencyHeader, idParam } from '../schemas/common';

/** Private (product §3.4) and deleted activities answer as if they did not exist. */
const NO_ACTIVITY = 'No such activity, or it is private or deleted';

const ifMatchHeader = {
  'If-Match': z.string().max(40).optional().meta({
    description: 'The version you read (as returned in version or ETag); refused with 409 when it changed',
  }),
};

/** `"3"`, `3` or `W/"3"` → 3; absent → undefined. */
function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) {
    throw new ApiProblem(422, (m) => ({
      type: 'validation',
      title: m.api.problems.validationTitle,
      errors: [{ path: 'headers.If-Match', message: m.api.problems.ifMatchInvalid }],
    }));
  }
  return Number(match[1]);
}

/** product §7.1: create, change, read and list activities. */
export function activityRoutes({ route, deps }: ApiRouteContext): void {
  route(
    {
      method: 'post',
      path: '/activities',
      operationId: 'createActivity',
      summary: 'Log an activity',
      description:
        'The person is found by external id, e-mail or phone (created when createPerson is true). The responsible is told in Slack.',
      tag: 'Activities',
      scopes: ['activities:write'],
      headers: z.object(idempotencyHeader),
      body: { schema: createActivityBody },
      idempotent: true,
      responses: { 201: { description: 'The activity as saved', schema: activityResponse } },
    },
    async ({ api, body, answer }) => {
      const created = activityAnswer(201, workspaceLocale(api.workspace));
      return created(await deps.activities.create(api, body, { alongside: answer.storedWith(created) }));
    },
  );

  route(
    {
      method: 'get',
      path: '/activities',
      operationId: 'listActivities',
      summary: 'List activities changed since a time',
      description:
        'In commit order, oldest change first; follow nextCursor until it is null, then keep resumeCursor and pass it as cursor next time to get every change since (even one committed late by another server). An activity deleted (or deleted for good) comes as {id, deleted: true}, one made private as {id, visible: false}: drop it. Private and deleted activities themselves are never returned.',
      tag: 'Activities',
      scopes: ['activities:read'],
      query: listActivitiesQuery,
      responses: { 200: { description: 'One page', schema: activityPageResponse } },
    },
    async ({ api, query }) =>
      feedAnswer(await deps.activities.list(api, query), (item) =>
        'record' in item ? activityJson(item.record, workspaceLocale(api.workspace)) : item,
      ),
  );

  route(
    {
      method: 'get',
      path: '/activities/{id}',
      operationId: 'getActivity',
      summary: 'Read one activity',
      tag: 'Activities',
      scopes: ['activities:read'],
      params: idParam,
      responses: foundResponses({ description: 'The activity', schema: activityResponse }, NO_ACTIVITY),
    },
    async ({ api, params }) =>
      activityAnswer(200, workspaceLocale(api.workspace))(await deps.activities.get(api, params.id)),
  );

  route(
    {
      method: 'patch',
      path: '/activities/{id}',
      operationId: 'updateActivity',
      summary: 'Change an activity',
      description:
        'Only the fields sent change. Send version (or If-Match) to refuse overwriting a newer save.',
      tag: 'Activities',
      scopes: ['activities:write'],
      params: idParam,
      headers: z.object({ ...idempotencyHeader, ...ifMatchHeader }),
      body: { schema: updateActivityBody },
      idempotent: true,
      responses: {
        ...foundResponses({ description: 'The activity as saved', schema: activityResponse }, NO_ACTIVITY),
        409: { description: 'The activity changed since the given version' },
      },
    },
    async ({ api, params, body, req, answer }) => {
      const changed = activityAnswer(200, workspaceLocale(api.workspace));
      const version = ifMatchVersion(req.get('if-match'));
      return changed(
        await deps.activities.update(api, {
          id: params.id,
          body,
          ifMatch: version,
          alongside: answer.storedWith(changed),
        }),
      );
    },
  );
}
