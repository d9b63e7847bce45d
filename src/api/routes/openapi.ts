import { z } from 'zod';
import type { ApiRouteContext } from '../api-route-context';

export const API_BASE_PATH = '/api/v1';

/** GET /openapi.json: the document made from every registered operation, public like any API reference. */
export function openApiRoutes({ route, openapi }: ApiRouteContext): void {
  route(
    {
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      summary: 'This API described as OpenAPI 3.1',
      tag: 'Meta',
      scopes: [],
      responses: {
        200: { description: 'The OpenAPI document', schema: z.record(z.string(), z.unknown()) },
      },
    },
    async () => ({
      status: 200,
      body: openapi.document({ title: 'Touchbase API', version: '1.0.0', serverUrl: API_BASE_PATH }),
    }),
  );
}
