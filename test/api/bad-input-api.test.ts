import { gzipSync } from 'node:zlib';
import { workspaceOf } from '../support/fixtures/activities';
import { rowCounts } from '../support/row-counts';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

/** Input the review found answered with 500: each must be a 4xx problem naming the field, writing nothing. */
describe('REST API: input PostgreSQL cannot take gets 4xx, never 500', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '0' } });
    t.double.addUser({ id: 'UANNA', name: 'anna', email: 'anna@example.com' });
    token = await createToken(t, ['activities:write', 'activities:read', 'contacts:write', 'contacts:read']);
    const workspaceId = (await workspaceOf(t)).id;
    await t.app.database.prisma.person.create({ data: { workspaceId, name: 'Pia', externalId: 'P-1' } });
  }, 60_000);

  afterAll(async () => {
    await t?.stop();
  });

  const activity = { personExternalId: 'P-1', type: 'MEETING', subject: 'Review', responsible: 'UANNA' };

  async function refused(
    expected: { status: number; path: string; message?: RegExp },
    request: () => Promise<{ status: number; headers: Headers; body: Json }>,
  ): Promise<Json> {
    const before = await rowCounts(t.app.database);
    const answer = await request();
    expect([answer.status, answer.headers.get('content-type')]).toEqual([
      expected.status,
      expect.stringContaining('application/problem+json'),
    ]);
    const paths = (answer.body.errors ?? []).map((e: Json) => e.path);
    expect(paths).toContain(expected.path);
    if (expected.message) {
      const message = answer.body.errors.find((e: Json) => e.path === expected.path).message;
      expect(message).toMatch(expected.message);
    }
    expect(await rowCounts(t.app.database)).toEqual(before);
    return answer.body;
  }

  it('refuses NUL characters in JSON strings, naming the field', async () => {
    await refused({ status: 422, path: 'body.subject', message: /NUL/ }, () =>
      call<Json>(t, 'POST', '/activities', { token, body: { ...activity, subject: 'Re\u0000view' } }),
    );
    await refused({ status: 422, path: 'body.name' }, () =>
      call<Json>(t, 'PUT', '/persons/X-1', { token, body: { name: 'Nils\u0000' } }),
    );
    await refused({ status: 422, path: 'body.body' }, () =>
      call<Json>(t, 'POST', '/messages', {
        token,
        body: {
          channel: 'email',
          from: 'me@example.com',
          to: 'pia@example.com',
          body: 'Hello\u0000',
          sentAt: '2026-03-02T09:00:00Z',
          sender: 'UANNA',
          createPerson: true,
          personName: 'Pia P',
        },
      }),
    );
    await refused({ status: 422, path: 'params.externalId' }, () =>
      call<Json>(t, 'PUT', '/persons/X%002', { token, body: { name: 'Nils' } }),
    );
  });

  it('refuses lone surrogates, which JSON allows but UTF-8 cannot hold', async () => {
    const raw = JSON.stringify({ ...activity, notes: 'PLACEHOLDER' }).replace('PLACEHOLDER', '\\ud800 alone');
    await refused({ status: 422, path: 'body.notes' }, () =>
      call<Json>(t, 'POST', '/activities', { token, raw }),
    );
  });

  it('refuses dates PostgreSQL cannot store: year 0000, past 9999', async () => {
    await refused({ status: 422, path: 'body.startAt', message: /0001 and 9999/ }, () =>
      call<Json>(t, 'POST', '/activities', { token, body: { ...activity, startAt: '0000-01-01T00:00:00Z' } }),
    );
    await refused({ status: 422, path: 'body.endAt' }, () =>
      call<Json>(t, 'POST', '/activities', {
        token,
        body: { ...activity, startAt: '2026-01-01T09:00:00Z', endAt: '9999-12-31T23:00:00-05:00' },
      }),
    );
    await refused({ status: 422, path: 'query.updatedSince' }, () =>
      call<Json>(t, 'GET', '/activities?updatedSince=0000-06-01T00:00:00Z', { token }),
    );
    const swedish = await refused({ status: 422, path: 'body.startAt' }, () =>
      call<Json>(t, 'POST', '/activities', {
        token,
        body: { ...activity, startAt: '0000-01-01T00:00:00Z' },
        headers: { 'accept-language': 'sv' },
      }),
    );
    expect(JSON.stringify(swedish.errors)).toContain('mellan åren 0001 och 9999');
  });

  it('refuses a cursor whose id is past 2^31−1 or whose time is out of range', async () => {
    for (const made of ['u:1767225600000:2147483648', 'u:999999999999999:1']) {
      await refused({ status: 422, path: 'query.cursor' }, () =>
        call<Json>(t, 'GET', `/activities?cursor=${Buffer.from(made).toString('base64url')}`, { token }),
      );
    }
  });

  it('answers 415 to a Content-Encoding the server does not support, 400 to a body that does not inflate', async () => {
    const body = await refused({ status: 415, path: 'headers.Content-Encoding', message: /zstd/ }, () =>
      call<Json>(t, 'POST', '/activities', {
        token,
        body: activity,
        headers: { 'content-encoding': 'zstd' },
      }),
    );
    expect(body.type).toBe('urn:touchbase:problem:unsupported-content-encoding');
    await refused({ status: 400, path: 'headers.Content-Encoding' }, () =>
      call<Json>(t, 'POST', '/activities', {
        token,
        body: activity,
        headers: { 'content-encoding': 'gzip' },
      }),
    );
    // A body that really is gzip is read as usual.
    const zipped = await fetch(`${t.baseUrl}/api/v1/persons/Z-1`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      body: gzipSync(JSON.stringify({ name: 'Zippad Zäta' })),
    });
    expect(zipped.status).toBe(201);
  });

  it('answers 400 to a malformed %-escape in the path', async () => {
    for (const path of ['/persons/%E0%A4%A', '/activities/%zz']) {
      const body = await refused({ status: 400, path: 'path' }, () => call<Json>(t, 'GET', path, { token }));
      expect(body.type).toBe('urn:touchbase:problem:malformed-path');
    }
  });

  it('never logs these as unexpected errors', () => {
    expect(t.logs.filter((line) => line.msg === 'unexpected error in the API')).toEqual([]);
  });
});
