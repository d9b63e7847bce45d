import { SettableClock, workspaceOf } from '../support/fixtures/activities';
import { keepTestDatabase } from '../support/kept-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

// One database for both apps of the file, emptied before the second.
const database = keepTestDatabase();

describe('REST API: tokens, scopes, idempotency and rate limit', () => {
  // The app's time moves only when a test moves it: the rate limit counts against this clock.
  const clock = new SettableClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  let writer: string;
  let reader: string;
  const prisma = () => t.app.database.prisma;
  const body = { personExternalId: 'P-1', type: 'Meeting', subject: 'Kickoff', responsible: 'UANNA' };

  beforeAll(async () => {
    t = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '30' }, clock, database });
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

  it('a replay answers the same strong ETag as the first answer', async () => {
    const headers = { 'idempotency-key': 'etag-1' };
    const first = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...body, subject: 'Tagged' },
      headers,
    });
    const replay = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...body, subject: 'Tagged' },
      headers,
    });
    expect(first.headers.get('etag')).toBe('"1"');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('etag')).toBe('"1"');
  });

  describe('when the answer cannot be stored', () => {
    // A trigger refuses every completed answer, as a failing database write would, after the change itself.
    const breakAnswerStore = async () => {
      await prisma().$executeRawUnsafe(`
        CREATE OR REPLACE FUNCTION test_refuse_answer() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'answer store is down'; END $$`);
      await prisma().$executeRawUnsafe(`
        CREATE TRIGGER test_refuse_answer BEFORE UPDATE ON "IdempotencyKey"
        FOR EACH ROW WHEN (NEW."responseStatus" <> 0) EXECUTE FUNCTION test_refuse_answer()`);
    };
    const repairAnswerStore = () =>
      prisma().$executeRawUnsafe('DROP TRIGGER IF EXISTS test_refuse_answer ON "IdempotencyKey"');
    afterEach(repairAnswerStore);

    it('POST /activities: no activity remains, and a retry with the key creates exactly one', async () => {
      const headers = { 'idempotency-key': 'store-fails-post' };
      const request = { token: writer, body: { ...body, subject: 'Stored or not at all' }, headers };
      await breakAnswerStore();
      const failed = await call<Json>(t, 'POST', '/activities', request);
      expect(failed.status).toBe(500);
      expect(await prisma().activity.count({ where: { subject: 'Stored or not at all' } })).toBe(0);
      await repairAnswerStore();
      const retried = await call<Json>(t, 'POST', '/activities', request);
      expect(retried.status).toBe(201);
      const replayed = await call<Json>(t, 'POST', '/activities', request);
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      expect(replayed.body).toEqual(retried.body);
      expect(replayed.headers.get('etag')).toBe(retried.headers.get('etag'));
      expect(await prisma().activity.count({ where: { subject: 'Stored or not at all' } })).toBe(1);
    });

    it('PATCH /activities/{id}: the change is not saved, and the retry saves it once', async () => {
      const created = await call<Json>(t, 'POST', '/activities', {
        token: writer,
        body: { ...body, subject: 'Before' },
      });
      const id = created.body.id;
      const headers = { 'idempotency-key': 'store-fails-patch' };
      const request = { token: writer, body: { subject: 'After', version: 1 }, headers };
      await breakAnswerStore();
      expect((await call<Json>(t, 'PATCH', `/activities/${id}`, request)).status).toBe(500);
      expect(await prisma().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({
        subject: 'Before',
        version: 1,
      });
      await repairAnswerStore();
      const retried = await call<Json>(t, 'PATCH', `/activities/${id}`, request);
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ subject: 'After', version: 2 });
      const replayed = await call<Json>(t, 'PATCH', `/activities/${id}`, request);
      expect(replayed.status).toBe(200);
      expect(replayed.headers.get('etag')).toBe('"2"');
      expect(await prisma().activityEvent.count({ where: { activityId: id, kind: 'UPDATED' } })).toBe(1);
    });

    it('POST /messages: no activity remains, and a retry records the message once', async () => {
      const headers = { 'idempotency-key': 'store-fails-message' };
      const message = {
        channel: 'sms',
        from: '+46 8 123 456 00',
        to: '070-111 22 33',
        body: 'Your order is ready',
        sentAt: '2026-03-02T09:00:00Z',
        sender: 'UANNA',
        createPerson: true,
        personName: 'Sms Kund',
      };
      const request = { token: writer, body: message, headers };
      await breakAnswerStore();
      expect((await call<Json>(t, 'POST', '/messages', request)).status).toBe(500);
      expect(await prisma().activity.count({ where: { notes: { contains: 'Your order is ready' } } })).toBe(
        0,
      );
      expect(await prisma().person.count({ where: { name: 'Sms Kund' } })).toBe(0);
      await repairAnswerStore();
      expect((await call<Json>(t, 'POST', '/messages', request)).status).toBe(201);
      expect((await call<Json>(t, 'POST', '/messages', request)).headers.get('idempotent-replayed')).toBe(
        'true',
      );
      expect(await prisma().activity.count({ where: { notes: { contains: 'Your order is ready' } } })).toBe(
        1,
      );
    });
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

describe('REST API: a refused request is not a use of the token', () => {
  const clock = new SettableClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  const lastUsed = async (name: string) =>
    (await t.app.database.prisma.apiToken.findFirstOrThrow({ where: { name } })).lastUsedAt?.toISOString();

  beforeAll(async () => {
    t = await startTestApp({ clock, database, env: { API_RATE_LIMIT_PER_MINUTE: '2' } });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('a 403 (missing scope) leaves the last use alone; the next accepted request records it', async () => {
    const reader = await createToken(t, ['activities:read'], 'Refused scope');
    const post = await call(t, 'POST', '/activities', { token: reader, body: { subject: 'x' } });
    expect(post.status).toBe(403);
    clock.advance(30_000);
    const accepted = clock.now().toISOString();
    expect((await call(t, 'GET', '/activities?limit=1', { token: reader })).status).toBe(200);
    await t.app.idle();
    expect(await lastUsed('Refused scope')).toBe(accepted);
  });

  it('a 401 (a revoked token) leaves the last use alone', async () => {
    const revoked = await createToken(t, ['activities:read'], 'Refused revoked');
    const used = clock.now().toISOString();
    expect((await call(t, 'GET', '/activities?limit=1', { token: revoked })).status).toBe(200);
    await t.app.idle();
    await t.app.database.prisma.apiToken.updateMany({
      where: { name: 'Refused revoked' },
      data: { revokedAt: clock.now() },
    });
    clock.advance(120_000);
    expect((await call(t, 'GET', '/activities?limit=1', { token: revoked })).status).toBe(401);
    await t.app.idle();
    expect(await lastUsed('Refused revoked')).toBe(used);
  });

  it('a 429 (over its rate) leaves the last use alone', async () => {
    const busy = await createToken(t, ['activities:read'], 'Refused rate');
    const get = () => call(t, 'GET', '/activities?limit=1', { token: busy });
    const first = clock.now().toISOString();
    expect((await get()).status).toBe(200);
    await t.app.idle();
    expect(await lastUsed('Refused rate')).toBe(first);
    clock.advance(59_999);
    // Two more within the minute: accepted, and not written (at most one write a minute).
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    clock.advance(1);
    // A minute after the recorded use, with the allowance spent: refused.
    expect((await get()).status).toBe(429);
    clock.advance(30_000);
    const accepted = clock.now().toISOString();
    expect((await get()).status).toBe(200);
    await t.app.idle();
    expect(await lastUsed('Refused rate')).toBe(accepted);
  });
});
