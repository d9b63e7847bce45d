import { SettableClock, workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

describe('REST API: tokens, scopes, idempotency and rate limit', () => {
  // The app's time moves only when a test moves it: the rate limit counts against this clock.
  const clock = new SettableClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  let writer: string;
  let reader: string;
  const prisma = () => t.app.database.prisma;
  const body = { personExternalId: 'P-1', type: 'Meeting', subject: 'Kickoff', responsible: 'UANNA' };

  beforeAll(async () => {
    t = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '30' }, clock });
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    writer = await createToken(t, ['activities:write', 'activities:read'], 'Writer');
    reader = await createToken(t, ['activities:read'], 'Reader');
    const workspace = await workspaceOf(t);
    await prisma().person.create({ data: { workspaceId: workspace.id, name: 'Pia', externalId: 'P-1' } });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('401 without, with a wrong or a revoked token; 403 without the scope; nothing changes', async () => {
    const before = await prisma().activity.count();
    const none = await call<Json>(t, 'POST', '/activities', { body });
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await call(t, 'POST', '/activities', { token: `tb_${'x'.repeat(43)}`, body })).status).toBe(401);
    const scoped = await call<Json>(t, 'POST', '/activities', { token: reader, body });
    expect(scoped.status).toBe(403);
    expect(scoped.body.detail).toContain('activities:write');
    const doomed = await createToken(t, ['activities:write'], 'Doomed');
    expect((await call(t, 'GET', '/activities', { token: doomed })).status).toBe(403);
    await prisma().apiToken.updateMany({ where: { name: 'Doomed' }, data: { revokedAt: clock.now() } });
    expect((await call(t, 'POST', '/activities', { token: doomed, body })).status).toBe(401);
    expect(await prisma().activity.count()).toBe(before);
  });

  it('records when a token was last used and stores only a hash of its secret', async () => {
    expect((await call(t, 'GET', '/activities', { token: reader })).status).toBe(200);
    // Written after the answer, at most once a minute.
    await t.app.idle();
    expect(
      (await prisma().apiToken.findFirstOrThrow({ where: { name: 'Reader' } })).lastUsedAt,
    ).not.toBeNull();
    const row = await prisma().apiToken.findFirstOrThrow({ where: { name: 'Reader' } });
    expect(row.secretHash).not.toContain(reader.slice(3));
    expect(reader.startsWith(row.prefix)).toBe(true);
  });

  it('a retried POST with the same Idempotency-Key returns the first answer and acts once', async () => {
    const headers = { 'idempotency-key': 'retry-1' };
    const first = await call<Json>(t, 'POST', '/activities', { token: writer, body, headers });
    const second = await call<Json>(t, 'POST', '/activities', { token: writer, body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await prisma().activity.count({ where: { subject: 'Kickoff' } })).toBe(1);
    const other = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...body, subject: 'Other' },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('urn:touchbase:problem:idempotency-key-reused');
  });

  it('concurrent duplicates do not both act', async () => {
    const headers = { 'idempotency-key': 'race-1' };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        call<Json>(t, 'POST', '/activities', { token: writer, body: { ...body, subject: 'Race' }, headers }),
      ),
    );
    expect(await prisma().activity.count({ where: { subject: 'Race' } })).toBe(1);
    const ok = answers.filter((a) => a.status === 201);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ok.map((a) => a.body.id)).size).toBe(1);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
  });

  it('a refused request frees its key; keys expire after 24 hours', async () => {
    const headers = { 'idempotency-key': 'fix-me' };
    const refused = await call(t, 'POST', '/activities', {
      token: writer,
      body: { ...body, type: 'Nope' },
      headers,
    });
    expect(refused.status).toBe(422);
    const fixed = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...body, type: 'Nope' },
      headers,
    });
    expect(fixed.status).toBe(422);
    const stored = await prisma().idempotencyKey.findFirstOrThrow({ where: { key: 'retry-1' } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(24 * 60 * 60 * 1000);
    clock.advance(24 * 60 * 60 * 1000 + 1000);
    const again = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body,
      headers: { 'idempotency-key': 'retry-1' },
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await prisma().activity.count({ where: { subject: 'Kickoff' } })).toBe(2);
  });

  it('answers 429 with Retry-After when a token exceeds its rate, other tokens unaffected', async () => {
    const limited = await createToken(t, ['activities:read'], 'Busy');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 35; i++) {
      const answer = await call(t, 'GET', '/activities?limit=1', { token: limited });
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // 30 a minute: one request more every 2 s, which Retry-After says.
    expect(retryAfter).toBe('2');
    clock.advance(1000);
    expect((await call(t, 'GET', '/activities?limit=1', { token: limited })).status).toBe(429);
    clock.advance(1000);
    expect((await call(t, 'GET', '/activities?limit=1', { token: limited })).status).toBe(200);
    expect((await call(t, 'GET', '/activities?limit=1', { token: limited })).status).toBe(429);
    const other = await createToken(t, ['activities:read'], 'Calm');
    expect((await call(t, 'GET', '/activities?limit=1', { token: other })).status).toBe(200);
  });
});
