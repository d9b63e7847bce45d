import { type ApiDeps, apiRouter } from '../../src/api/api-router';
import { expressPath } from '../../src/api/define-route';
import { startTestApp, type TestApp } from '../support/test-app';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

/** The router's mounted routes as "METHOD /path" (express syntax). */
function mountedRoutes(router: ReturnType<typeof apiRouter>): string[] {
  const found: string[] = [];
  for (const layer of (router as unknown as { stack: Json[] }).stack) {
    if (!layer.route) continue;
    for (const method of Object.keys(layer.route.methods))
      found.push(`${method.toUpperCase()} ${layer.route.path}`);
  }
  return found.sort();
}

describe('OpenAPI document', () => {
  // Dependencies are only used while requests run: none run here.
  const router = apiRouter({ logger: { error: () => undefined } } as unknown as ApiDeps);

  it('documents every mounted route and mounts every documented operation', () => {
    const documented = router.openapi
      .operations()
      .map((op) => `${op.method.toUpperCase()} ${expressPath(op.path)}`)
      .sort();
    expect(mountedRoutes(router)).toEqual(documented);
    expect(documented).toEqual(
      expect.arrayContaining([
        'POST /activities',
        'GET /activities',
        'GET /activities/:id',
        'PATCH /activities/:id',
        'PUT /persons/:externalId',
        'GET /persons/:externalId',
        'GET /persons',
        'PUT /organizations/:externalId',
        'GET /organizations/:externalId',
        'POST /messages',
        'POST /messages/batch',
        'GET /openapi.json',
      ]),
    );
  });

  it('validates example requests with the very schemas it documents', () => {
    const create = router.openapi.find('post', '/activities')!;
    expect(
      create.body!.schema.safeParse({
        personEmail: 'a@b.se',
        type: 'EMAIL',
        subject: 'Hi',
        responsible: 'U1',
      }).success,
    ).toBe(true);
    expect(create.body!.schema.safeParse({ type: 'EMAIL', subject: 'Hi', responsible: 'U1' }).success).toBe(
      false,
    );
    const message = router.openapi.find('post', '/messages')!;
    expect(
      message.body!.schema.safeParse({
        channel: 'sms',
        from: '+46700000000',
        to: '0701234567',
        body: 'Hi',
        sentAt: '2026-03-02T09:00:00Z',
        sender: 'U1',
      }).success,
    ).toBe(true);
    expect(message.body!.schema.safeParse({ channel: 'sms', sentAt: 'yesterday' }).success).toBe(false);
    const batch = router.openapi.find('post', '/messages/batch')!;
    const item = {
      channel: 'sms',
      from: '+4670',
      to: '0701234567',
      body: 'Hi',
      sentAt: '2026-03-02T09:00:00Z',
      sender: 'U1',
    };
    expect(batch.body!.schema.safeParse({ items: [item, { ...item, idempotencyKey: 'k-1' }] }).success).toBe(
      true,
    );
    expect(batch.body!.schema.safeParse({ items: Array.from({ length: 501 }, () => item) }).success).toBe(
      false,
    );
    expect(batch.body!.schema.safeParse({ items: [] }).success).toBe(false);
    const list = router.openapi.find('get', '/activities')!;
    expect(list.query!.safeParse({ limit: '20', status: 'DONE,IN_PROGRESS' }).success).toBe(true);
    expect(list.query!.safeParse({ limit: '0' }).success).toBe(false);
  });

  describe('as served', () => {
    let t: TestApp;
    let doc: Json;

    beforeAll(async () => {
      t = await startTestApp();
      const response = await fetch(`${t.baseUrl}/api/v1/openapi.json`);
      expect(response.status).toBe(200);
      doc = (await response.json()) as Json;
    });

    afterAll(async () => {
      await t?.stop();
    });

    it('is an OpenAPI 3.1 document whose paths, parameters and schemas are well-formed', () => {
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
      const operations = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
        Object.entries(item as Json).map(([method, op]) => ({ path, method, op: op as Json })),
      );
      expect(operations).toHaveLength(router.openapi.operations().length);
      const ids = operations.map(({ op }) => op.operationId);
      expect(new Set(ids).size).toBe(ids.length);
      // OpenAPI 3.1: paths that differ only in their parameters' names are the same path.
      const shapes = Object.keys(doc.paths as Json).map((path) => path.replace(/\{\w+\}/g, '{}'));
      expect(new Set(shapes).size).toBe(shapes.length);
      for (const { path, op } of operations) {
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        const declared = (op.parameters ?? [])
          .filter((p: Json) => p.in === 'path')
          .map((p: Json) => p.name)
          .sort();
        expect(declared).toEqual(templated);
        for (const p of op.parameters ?? []) expect(p.schema && typeof p.schema).toBe('object');
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(op.responses as Json)) {
          expect(status).toMatch(/^[1-5]\d\d$/);
          expect(typeof (response as Json).description).toBe('string');
        }
        if (op.security?.length) expect(op.responses['401']).toBeDefined();
      }
      const create = doc.paths['/activities'].post;
      const schema = create.requestBody.content['application/json'].schema;
      expect(schema.properties.subject.maxLength).toBe(150);
      expect(schema.additionalProperties).toBe(false);
      expect(create['x-required-scopes']).toEqual(['activities:write']);
      const batch = doc.paths['/messages/batch'].post.requestBody.content['application/json'].schema;
      expect(batch.properties.items).toMatchObject({ minItems: 1, maxItems: 500 });
      expect(batch.properties.items.items.properties.to).toBeDefined();
      expect(batch.properties.items.items.properties.idempotencyKey).toBeDefined();
      const results = doc.paths['/messages/batch'].post.responses['200'].content['application/json'].schema;
      expect(results.properties.results.items.properties.activityId).toBeDefined();
      // The sync feeds document what to drop besides what they return in full.
      const itemsOf = (path: string) =>
        JSON.stringify(
          doc.paths[path].get.responses['200'].content['application/json'].schema.properties.items,
        );
      expect(itemsOf('/activities')).toContain('"deleted":{"type":"boolean","const":true}');
      expect(itemsOf('/activities')).toContain('"visible":{"type":"boolean","const":false}');
      expect(itemsOf('/persons')).toContain('"deleted":{"type":"boolean","const":true}');
      expect(doc.paths['/organizations/{externalId}'].get['x-required-scopes']).toEqual(['contacts:read']);
      // No dangling references.
      for (const ref of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g))
        expect(doc.components.schemas[ref[1]!]).toBeDefined();
    });

    it('answers unknown API paths with a 404 problem', async () => {
      const response = await fetch(`${t.baseUrl}/api/v1/nothing-here`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    });
  });
});
