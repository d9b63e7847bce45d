import { workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

describe('REST API: POST /messages/batch', () => {
  let t: TestApp;
  let token: string;
  let workspaceId: number;
  const prisma = () => t.app.database.prisma;
  const activityCount = () => prisma().activity.count({ where: { workspaceId } });

  beforeAll(async () => {
    t = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '0' } });
    t.double.addUser({ id: 'UANNA', name: 'anna', email: 'anna@example.com' });
    t.double.addUser({ id: 'UBEN', name: 'ben', email: 'ben@example.com' });
    token = await createToken(t, ['activities:write'], 'Mail gateway');
    workspaceId = (await workspaceOf(t)).id;
    await prisma().person.createMany({
      data: [
        { workspaceId, name: 'Sven Svensson', email: 'sven@kund.se', phone: '+46 70 555 12 34' },
        { workspaceId, name: 'Karin Extern', externalId: 'CRM-7', email: 'karin@kund.se' },
        { workspaceId, name: 'Olle Ett', phone: '08-123 456 78' },
        { workspaceId, name: 'Olof Två', phone: '+46 8 123 456 78' },
      ],
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  const email = (over: Json = {}) => ({
    channel: 'email',
    from: 'anna@example.com',
    to: 'Sven@Kund.se',
    subject: 'Offer',
    body: 'Hello Sven,\nhere is the offer.',
    sentAt: '2026-03-02T08:15:00Z',
    sender: 'anna@example.com',
    ...over,
  });
  const sms = (over: Json = {}) => ({
    channel: 'sms',
    from: '+46700000000',
    to: '070-555 12 34',
    body: 'See you at 10',
    sentAt: '2026-03-02T09:00:00+01:00',
    sender: 'UBEN',
    ...over,
  });
  const batch = (items: unknown[], headers?: Record<string, string>) =>
    call<Json>(t, 'POST', '/messages/batch', { token, body: { items }, headers });

  it('records each valid item as /messages would and answers every refused one with its own problem, in order', async () => {
    const before = await activityCount();
    const answer = await batch([
      email(),
      sms(),
      email({ to: 'nobody@kund.se' }),
      sms({ channel: 'fax' }),
      email({ sender: 'ghost@example.com' }),
      email({ to: 'someone@else.se', personExternalId: 'CRM-7', subject: 'By external id' }),
      sms({ to: '08 123 456 78' }),
    ]);
    expect(answer.status).toBe(200);
    const results = answer.body.results as Json;
    expect(results.map((r: Json) => [r.index, r.status])).toEqual([
      [0, 201],
      [1, 201],
      [2, 422],
      [3, 422],
      [4, 422],
      [5, 201],
      [6, 422],
    ]);
    expect(answer.body).toMatchObject({ created: 3, replayed: 0, refused: 4 });
    expect(results[2].problem).toMatchObject({ status: 422, errors: [{ path: 'body.items.2.to' }] });
    expect(results[3].problem.errors[0].path).toBe('body.items.3.channel');
    expect(results[4].problem.errors).toEqual([{ path: 'body.items.4.sender', message: expect.any(String) }]);
    // Two persons share the number: as /messages, the batch does not guess.
    expect(results[6].problem.errors).toEqual([{ path: 'body.items.6.to', message: expect.any(String) }]);
    expect(await activityCount()).toBe(before + 3);

    const saved = await prisma().activity.findMany({
      where: { id: { in: [results[0].activityId, results[1].activityId, results[5].activityId] } },
      include: { person: true, type: true, responsible: true, events: true },
      orderBy: { id: 'asc' },
    });
    expect(
      saved.map((a) => [a.person.name, a.type.key, a.source, a.status, a.responsible.slackUserId, a.subject]),
    ).toEqual([
      ['Sven Svensson', 'EMAIL', 'EMAIL', 'DONE', 'UANNA', 'Offer'],
      ['Sven Svensson', 'SMS', 'SMS', 'DONE', 'UBEN', 'See you at 10'],
      ['Karin Extern', 'EMAIL', 'EMAIL', 'DONE', 'UANNA', 'By external id'],
    ]);
    expect(saved[0]!.startAt.toISOString()).toBe('2026-03-02T08:15:00.000Z');
    expect(saved[0]!.completedAt).not.toBeNull();
    expect(saved[0]!.notes).toContain('here is the offer.');
    expect(saved[0]!.events).toEqual([
      expect.objectContaining({ kind: 'CREATED', actorId: null, actorLabel: 'API · Mail gateway' }),
    ]);
    // The same as one POST /messages makes.
    const single = await call<Json>(t, 'POST', '/messages', { token, body: email() });
    const one = await prisma().activity.findUniqueOrThrow({
      where: { id: single.body.id },
      include: { events: true },
    });
    const {
      id: _a,
      createdAt: _b,
      updatedAt: _c,
      changeId: _d,
      completedAt: _e,
      events,
      person,
      type,
      responsible,
      ...fromBatch
    } = saved[0]!;
    expect(one).toMatchObject({ ...fromBatch, id: single.body.id, events: [expect.anything()] });
    expect(one.events[0]!.changes).toEqual(saved[0]!.events[0]!.changes);
    await t.app.idle();
    expect(t.double.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
  });

  it('creates the customer for an item with createPerson, and only for it', async () => {
    const answer = await batch([
      email({ to: 'ny@kund.se', createPerson: true, personName: 'Nina Ny' }),
      email({ to: 'inte@kund.se' }),
    ]);
    expect(answer.body.results.map((r: Json) => r.status)).toEqual([201, 422]);
    const created = await prisma().activity.findUniqueOrThrow({
      where: { id: answer.body.results[0].activityId },
      include: { person: true },
    });
    expect(created.person).toMatchObject({ name: 'Nina Ny', email: 'ny@kund.se' });
    expect(await prisma().person.count({ where: { workspaceId, email: 'inte@kund.se' } })).toBe(0);
  });

  it('answers a retried batch from its items’ idempotency keys: nothing recorded twice', async () => {
    const items = [email({ idempotencyKey: 'mail-1' }), sms({ idempotencyKey: 'sms-1' }), email()];
    const first = await batch(items);
    expect(first.body).toMatchObject({ created: 3, replayed: 0, refused: 0 });
    const before = await activityCount();
    const again = await batch([...items.slice(0, 2), email({ idempotencyKey: 'mail-2', subject: 'New' })]);
    expect(again.body.results).toEqual([
      { index: 0, status: 201, activityId: first.body.results[0].activityId, replayed: true },
      { index: 1, status: 201, activityId: first.body.results[1].activityId, replayed: true },
      { index: 2, status: 201, activityId: expect.any(Number) },
    ]);
    expect(again.body).toMatchObject({ created: 1, replayed: 2, refused: 0 });
    expect(await activityCount()).toBe(before + 1);
    // The same key with other content is refused; twice in one batch, the later is the first's answer.
    const reused = await batch([
      email({ idempotencyKey: 'mail-1', subject: 'Something else' }),
      sms({ idempotencyKey: 'sms-2' }),
      sms({ idempotencyKey: 'sms-2' }),
    ]);
    expect(reused.body.results[0]).toMatchObject({
      status: 422,
      problem: { type: 'urn:touchbase:problem:idempotency-key-reused' },
    });
    expect(reused.body.results[1]).toEqual({ index: 1, status: 201, activityId: expect.any(Number) });
    expect(reused.body.results[2]).toEqual({
      index: 2,
      status: 201,
      activityId: reused.body.results[1].activityId,
      replayed: true,
    });
    expect(await activityCount()).toBe(before + 2);
  });

  it('takes 500 items, refuses 501 as a whole, and checks the envelope', async () => {
    const before = await activityCount();
    const many = Array.from({ length: 501 }, (_, i) => sms({ body: `Message ${i}` }));
    const tooMany = await batch(many);
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors[0].path).toBe('body.items');
    expect(await activityCount()).toBe(before);
    const full = await batch(many.slice(0, 500));
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ created: 500, refused: 0 });
    expect(new Set(full.body.results.map((r: Json) => r.activityId)).size).toBe(500);
    expect(full.body.results.map((r: Json) => r.index)).toEqual([...Array(500).keys()]);
    expect(await activityCount()).toBe(before + 500);
    const subjects = await prisma().activity.findMany({
      where: { id: { in: [full.body.results[0].activityId, full.body.results[499].activityId] } },
      orderBy: { id: 'asc' },
      select: { subject: true },
    });
    expect(subjects.map((s) => s.subject)).toEqual(['Message 0', 'Message 499']);
    expect((await batch([])).status).toBe(422);
    expect(
      (await call<Json>(t, 'POST', '/messages/batch', { token, body: { items: [], extra: 1 } })).status,
    ).toBe(422);
  });

  it('answers item problems in the caller’s language', async () => {
    const answer = await batch([email({ to: 'okänd@kund.se' })], { 'accept-language': 'sv' });
    const english = await batch([email({ to: 'okänd@kund.se' })]);
    expect(answer.body.results[0].problem.errors[0].message).not.toBe(
      english.body.results[0].problem.errors[0].message,
    );
  });
});
