import fc from 'fast-check';
import type { z } from 'zod';
import { type ApiDeps, apiRouter } from '../../src/api/api-router';
import type { ApiOperation } from '../../src/api/openapi/registry';
import { workspaceOf } from '../support/fixtures/activities';
import { nastyJson, nastyUrlPart, PROPERTY_SEED, percentEncode } from '../support/nasty-values';
import { rowCounts } from '../support/row-counts';
import { startTestApp, type TestApp } from '../support/test-app';
import { createToken } from './api-client';

/** Runs per field: enough to hit each kind of nasty value a few times, quick enough for every push. */
const RUNS_PER_FIELD = 12;

interface Request {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A valid request per operation; the property spoils one field of it at a time. */
function baselines(ids: { activityId: number }): Record<string, Request> {
  return {
    createActivity: {
      body: { personExternalId: 'P-1', type: 'MEETING', subject: 'Review', responsible: 'UANNA' },
    },
    listActivities: { query: { limit: '5' } },
    getActivity: { params: { id: String(ids.activityId) } },
    updateActivity: { params: { id: String(ids.activityId) }, body: { subject: 'Changed' } },
    upsertPerson: { params: { externalId: 'P-2' }, body: { name: 'Pelle Persson' } },
    getPerson: { params: { externalId: 'P-1' } },
    listPersons: { query: { limit: '5' } },
    getOrganization: { params: { externalId: 'O-9' } },
    upsertOrganization: { params: { externalId: 'O-1' }, body: { name: 'Acme AB' } },
    recordMessage: {
      body: {
        channel: 'email',
        from: 'me@example.com',
        to: 'pia@kund.se',
        body: 'Hello',
        sentAt: '2026-03-02T09:00:00Z',
        sender: 'UANNA',
      },
    },
    recordMessageBatch: {
      body: {
        items: [
          {
            channel: 'sms',
            from: '+46700000000',
            to: 'pia@kund.se',
            body: 'Hello',
            sentAt: '2026-03-02T09:00:00Z',
            sender: 'UANNA',
            personExternalId: 'P-1',
            idempotencyKey: 'batch-1',
          },
        ],
      },
    },
    importContacts: { body: 'name,email\nKim Kund,kim@kund.se\n' },
    // A job that does not exist: its status is a 404 problem.
    getImportJob: { params: { jobId: '00000000-0000-4000-8000-000000000000' } },
    // A person who does not exist: erasing must not remove the people other operations use.
    exportPerson: { params: { id: '999999' } },
    erasePerson: { params: { id: '999999' } },
    getOpenApiDocument: {},
  };
}

type Spoiled = { where: 'params' | 'query' | 'body' | 'headers'; field: string | null };

/** Every field the operation reads, by where it is in the request (null: the whole body). */
function fieldsOf(op: ApiOperation): Spoiled[] {
  const keys = (schema: z.ZodType | undefined) =>
    schema && 'shape' in schema ? Object.keys((schema as z.ZodObject).shape) : [];
  return [
    ...keys(op.params).map((field) => ({ where: 'params' as const, field })),
    ...keys(op.query).map((field) => ({ where: 'query' as const, field })),
    ...keys(op.headers).map((field) => ({ where: 'headers' as const, field })),
    ...(op.body
      ? [
          { where: 'body' as const, field: null },
          ...keys(op.body.schema).map((field) => ({ where: 'body' as const, field })),
        ]
      : []),
  ];
}

describe('every REST API operation, every field, random bad input', () => {
  let t: TestApp;
  let token: string;
  let requests: Record<string, Request>;
  const operations = apiRouter({
    logger: { error: () => undefined },
  } as unknown as ApiDeps).openapi.operations();

  beforeAll(async () => {
    t = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '0' } });
    t.double.addUser({ id: 'UANNA', name: 'anna', email: 'anna@example.com' });
    token = await createToken(t, [
      'activities:read',
      'activities:write',
      'contacts:read',
      'contacts:write',
      'admin',
    ]);
    const workspaceId = (await workspaceOf(t)).id;
    const prisma = t.app.database.prisma;
    await prisma.person.create({
      data: { workspaceId, name: 'Pia', email: 'pia@kund.se', externalId: 'P-1' },
    });
    await prisma.organization.create({ data: { workspaceId, name: 'Kund AB', externalId: 'O-9' } });
    const created = await fetch(`${t.baseUrl}/api/v1/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(baselines({ activityId: 0 }).createActivity!.body),
    });
    requests = baselines({ activityId: ((await created.json()) as { id: number }).id });
  }, 60_000);
  afterAll(() => t?.stop());

  it('has a valid baseline request for every operation', () => {
    expect(operations.map((op) => op.operationId).sort()).toEqual(Object.keys(requests).sort());
  });

  async function send(op: ApiOperation, request: Request): Promise<Response> {
    let path = op.path;
    for (const [name, value] of Object.entries(request.params ?? {})) path = path.replace(`{${name}}`, value);
    const query = Object.entries(request.query ?? {})
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
    const body = request.body;
    const json = op.body?.contentType === undefined;
    return fetch(`${t.baseUrl}/api/v1${path}${query ? `?${query}` : ''}`, {
      method: op.method.toUpperCase(),
      headers: {
        authorization: `Bearer ${token}`,
        ...(op.body ? { 'content-type': op.body.contentType ?? 'application/json' } : {}),
        ...request.headers,
      },
      body: body === undefined ? undefined : json ? JSON.stringify(body) : String(body),
    });
  }

  /** The baseline with one field spoiled; URL parts are sent %-encoded as a client would (or broken). */
  function spoil(base: Request, { where, field }: Spoiled, value: unknown, urlPart: string): Request {
    const request: Request = {
      params: Object.fromEntries(Object.entries(base.params ?? {}).map(([k, v]) => [k, percentEncode(v)])),
      query: { ...base.query },
      body: base.body,
      headers: { ...base.headers },
    };
    if (where === 'params') request.params![field!] = urlPart;
    else if (where === 'query') request.query![field!] = urlPart;
    else if (where === 'headers') request.headers![field!] = headerValue(value);
    else if (field === null) request.body = typeof base.body === 'string' ? String(value) : value;
    else request.body = { ...(base.body as object), [field]: value };
    return request;
  }

  /** Header values must be visible ASCII to be sent at all; keep what can be. */
  function headerValue(value: unknown): string {
    return (typeof value === 'string' ? value : JSON.stringify(value))
      .replace(/[^\x20-\x7e]/g, '')
      .slice(0, 8000);
  }

  it.each(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))(
    '%s answers 4xx (a problem, nothing written) or succeeds, never 5xx',
    async (_name, op) => {
      const fields = fieldsOf(op);
      if (fields.length === 0) return;
      await t.app.idle();
      let counts = await rowCounts(t.app.database);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fields),
          nastyJson,
          nastyUrlPart,
          async (spoiled, value, urlPart) => {
            const loggedBefore = t.logs.length;
            const response = await send(op, spoil(requests[op.operationId]!, spoiled, value, urlPart));
            const text = await response.text();
            // What a success set going after its answer (the assignment message, product §5.6) writes too.
            await t.app.idle();
            const after = await rowCounts(t.app.database);
            const errors = t.logs.slice(loggedBefore).filter((line) => Number(line.level) >= 50);
            expect({ status: response.status < 500, errors }).toEqual({ status: true, errors: [] });
            if (response.status >= 400) {
              expect(response.headers.get('content-type')).toContain('application/problem+json');
              expect(JSON.parse(text).status).toBe(response.status);
              expect(after).toEqual(counts);
            }
            counts = after;
          },
        ),
        { numRuns: RUNS_PER_FIELD * fields.length, seed: PROPERTY_SEED },
      );
    },
  );
});
