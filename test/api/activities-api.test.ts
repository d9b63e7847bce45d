import { alwaysAtWork, workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken, eventually, readFeed } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

describe('REST API: activities', () => {
  let t: TestApp;
  let writer: string;
  let reader: string;
  let workspaceId: number;
  const prisma = () => t.app.database.prisma;

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UANNA', name: 'anna', email: 'anna@example.com' });
    t.double.addUser({ id: 'UBEN', name: 'ben', email: 'ben@example.com', locale: 'sv-SE' });
    t.double.addUser({ id: 'UBOT', name: 'robot', is_bot: true });
    writer = await createToken(t, ['activities:write', 'activities:read', 'contacts:write'], 'CRM sync');
    reader = await createToken(t, ['activities:read']);
    workspaceId = (await workspaceOf(t)).id;
    // This suite runs on the wall clock: Anna's assignment messages must not wait for her working time.
    await alwaysAtWork(prisma(), workspaceId, 'UANNA');
    await prisma().person.create({
      data: {
        workspaceId,
        name: 'Pia Persson',
        email: 'pia@kund.se',
        phone: '070-123 45 67',
        externalId: 'P-1',
      },
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  const base = {
    personExternalId: 'P-1',
    type: 'MEETING',
    subject: 'Quarterly review',
    responsible: 'UANNA',
  };

  it('creates an activity, tells its responsible in Slack, and records the token as the actor', async () => {
    const since = t.double.calls.length;
    const answer = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, startAt: '2026-03-03T14:30:00Z', notes: 'Bring the offer' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      subject: 'Quarterly review',
      status: 'NOT_STARTED',
      startAt: '2026-03-03T14:30:00.000Z',
      person: { name: 'Pia Persson' },
      type: { key: 'MEETING' },
      responsible: { slackUserId: 'UANNA' },
      source: 'API',
      createdBy: null,
      version: 1,
    });
    expect(answer.headers.get('etag')).toBe('"1"');
    const events = await prisma().activityEvent.findMany({ where: { activityId: answer.body.id } });
    expect(events).toEqual([
      expect.objectContaining({ kind: 'CREATED', actorId: null, actorLabel: 'API · CRM sync' }),
    ]);
    // The DM goes out after the answer.
    await t.app.idle();
    const dms = t.double
      .callsTo('chat.postMessage')
      .filter((c) => c.status === 200 && t.double.calls.indexOf(c) >= since);
    expect(dms.map((c) => (c.response as Json).channel)).toEqual([t.double.dmChannelFor('UANNA')]);
    expect(JSON.stringify(dms[0]!.args)).toContain('API · CRM sync');
  });

  it('sets the reminder lead on create and edit (product §5.4): the type’s by default, none with null, a lead it does not offer refused', async () => {
    const start = '2027-06-01T10:00:00Z';
    await prisma().activityType.updateMany({
      where: { workspaceId, key: 'MEETING' },
      data: { reminderLeadMinutes: 15 },
    });
    const typeLead = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, startAt: start },
    });
    expect(typeLead.status).toBe(201);
    // A Meeting reminds 15 minutes before unless told otherwise.
    expect(typeLead.body.remindLeadMinutes).toBe(15);
    const own = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, startAt: start, remindLeadMinutes: 1440 },
    });
    expect(own.body.remindLeadMinutes).toBe(1440);
    expect(await prisma().activity.findUniqueOrThrow({ where: { id: own.body.id } })).toMatchObject({
      remindLeadMinutes: 1440,
      remindAt: new Date('2027-05-31T10:00:00Z'),
    });
    const off = await call<Json>(t, 'PATCH', `/activities/${own.body.id}`, {
      token: writer,
      body: { remindLeadMinutes: null, version: own.body.version },
    });
    expect(off.status).toBe(200);
    expect(off.body.remindLeadMinutes).toBeNull();
    expect(await prisma().activity.findUniqueOrThrow({ where: { id: own.body.id } })).toMatchObject({
      remindAt: null,
    });
    const before = await prisma().activity.count();
    const refused = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, startAt: start, remindLeadMinutes: 45 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ path: 'body.remindLeadMinutes', message: expect.any(String) }]);
    expect(await prisma().activity.count()).toBe(before);
  });

  it('finds the person by e-mail or by phone written another way, and the responsible by e-mail', async () => {
    const byEmail = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: {
        ...base,
        personExternalId: undefined,
        personEmail: 'PIA@kund.se',
        responsible: 'ben@example.com',
      },
    });
    expect(byEmail.status).toBe(201);
    expect(byEmail.body.person.name).toBe('Pia Persson');
    expect(byEmail.body.responsible.slackUserId).toBe('UBEN');
    const byPhone = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, personExternalId: undefined, personPhone: '+46 70 123 45 67' },
    });
    expect(byPhone.status).toBe(201);
    expect(byPhone.body.person.name).toBe('Pia Persson');
  });

  it('refuses an unknown person with 422 unless createPerson, and then creates them', async () => {
    const before = await prisma().person.count();
    const refused = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, personExternalId: 'NEW-1' },
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([{ path: 'body.personExternalId', message: expect.any(String) }]);
    expect(await prisma().person.count()).toBe(before);
    const created = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: {
        ...base,
        personExternalId: 'NEW-1',
        createPerson: true,
        personName: 'Nils Ny',
        personEmail: 'nils@ny.se',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.person.name).toBe('Nils Ny');
    expect(await prisma().person.findFirst({ where: { externalId: 'NEW-1' } })).toMatchObject({
      email: 'nils@ny.se',
    });
  });

  it('a refused activity leaves no person behind even with createPerson', async () => {
    const before = await prisma().person.count();
    const refused = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: {
        ...base,
        personExternalId: 'NEW-2',
        createPerson: true,
        personName: 'Ulla Ångström',
        startAt: '2026-03-03T14:30:00Z',
        endAt: '2026-03-03T10:00:00Z',
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ path: 'body.endAt', message: expect.any(String) }]);
    expect(await prisma().person.count()).toBe(before);
  });

  it('reports every wrong field with its path: missing, over-long, wrong types, unknown type and responsible', async () => {
    const answer = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { personExternalId: 'P-1', type: 42, subject: 'x'.repeat(151), isPrivate: 'yes', extra: 1 },
    });
    expect(answer.status).toBe(422);
    const paths = answer.body.errors.map((e: Json) => e.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining(['body.type', 'body.subject', 'body.isPrivate', 'body.responsible', 'body']),
    );
    const unknown = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, type: 'Skywriting', responsible: 'nobody@example.com' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: Json) => e.path).sort()).toEqual(['body.responsible', 'body.type']);
    const bot = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, responsible: 'UBOT' },
    });
    expect(bot.status).toBe(422);
    expect(bot.body.errors).toEqual([{ path: 'body.responsible', message: expect.any(String) }]);
  });

  it('answers in Swedish when asked', async () => {
    const answer = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, type: 'Skywriting' },
      headers: { 'accept-language': 'sv-SE' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.title).toBe('Ogiltig begäran');
  });

  it('stores injection-like strings literally', async () => {
    const subject = `'); DROP TABLE "Activity"; -- <!channel> <@UANNA>`;
    // A template placeholder as plain text, as a careless integration might send it.
    const notes = ['%_\\ $', '{x} {{y}}'].join('');
    const answer = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, subject, notes },
    });
    expect(answer.status).toBe(201);
    const stored = await prisma().activity.findUniqueOrThrow({ where: { id: answer.body.id } });
    expect(stored.subject).toBe(subject);
    expect(stored.notes).toBe(notes);
  });

  it('rejects malformed JSON with 400, a wrong content type with 415, and bodies over 1 MB with 413', async () => {
    const before = await prisma().activity.count();
    const malformed = await call<Json>(t, 'POST', '/activities', { token: writer, raw: '{"subject": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    const text = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      raw: 'subject=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const huge = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, notes: 'x'.repeat(1_100_000) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.status).toBe(413);
    expect(await prisma().activity.count()).toBe(before);
  });

  it('patches with version or If-Match, refusing a stale one with 409', async () => {
    const created = await call<Json>(t, 'POST', '/activities', { token: writer, body: base });
    const id = created.body.id;
    const done = await call<Json>(t, 'PATCH', `/activities/${id}`, {
      token: writer,
      body: { status: 'DONE' },
      headers: { 'if-match': '"1"' },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'DONE', version: 2 });
    expect(done.body.endAt).not.toBeNull();
    const stale = await call<Json>(t, 'PATCH', `/activities/${id}`, {
      token: writer,
      body: { subject: 'Late', version: 1 },
    });
    expect(stale.status).toBe(409);
    const unversioned = await call<Json>(t, 'PATCH', `/activities/${id}`, {
      token: writer,
      body: { subject: 'Renamed', responsible: 'UBEN' },
    });
    expect(unversioned.status).toBe(200);
    expect(unversioned.body).toMatchObject({
      subject: 'Renamed',
      version: 3,
      responsible: { slackUserId: 'UBEN' },
    });
    const history = await prisma().activityEvent.findMany({ where: { activityId: id, kind: 'UPDATED' } });
    expect(history.every((event) => event.actorId === null && event.actorLabel === 'API · CRM sync')).toBe(
      true,
    );
    const missing = await call<Json>(t, 'PATCH', '/activities/999999', {
      token: writer,
      body: { subject: 'x' },
    });
    expect(missing.status).toBe(404);
  });

  /** The whole activity feed from its start, two at a time. */
  async function wholeFeed(): Promise<Json[]> {
    const { items, pageSizes } = await readFeed(t, '/activities', { token: reader });
    expect(pageSizes.every((size) => size <= 2)).toBe(true);
    return items;
  }

  it('never reads a private activity, nor a deleted one (the sync feed only says to drop them)', async () => {
    const hidden = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, subject: 'Secret', isPrivate: true },
    });
    expect(hidden.status).toBe(201);
    const deleted = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { ...base, subject: 'Gone' },
    });
    await prisma().activity.update({ where: { id: deleted.body.id }, data: { deletedAt: new Date() } });
    expect((await call(t, 'GET', `/activities/${hidden.body.id}`, { token: reader })).status).toBe(404);
    expect((await call(t, 'GET', `/activities/${deleted.body.id}`, { token: reader })).status).toBe(404);
    expect(
      (await call(t, 'PATCH', `/activities/${hidden.body.id}`, { token: writer, body: { subject: 'x' } }))
        .status,
    ).toBe(404);
    // Another session's open transaction holds the feed back briefly: read until both have come.
    let all: Json[] = [];
    await eventually(async () => {
      all = await wholeFeed();
      expect(all).toContainEqual({ id: hidden.body.id, visible: false });
      expect(all).toContainEqual({ id: deleted.body.id, deleted: true });
    }, 20_000);
    // The sync feed names them only so a client can drop them: their id, nothing else.
    expect(JSON.stringify(all)).not.toMatch(/Secret|Gone/);
    const ids = all.filter((item) => 'subject' in item).map((item) => item.id);
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    const visible = await prisma().activity.count({
      where: { workspaceId, isPrivate: false, deletedAt: null },
    });
    expect(ids).toHaveLength(visible);
  });

  it('filters the list by status and updatedSince, and refuses a made-up cursor', async () => {
    const done = await call<Json>(t, 'GET', '/activities?status=DONE', { token: reader });
    expect(done.body.items.length).toBeGreaterThan(0);
    const full = done.body.items.filter((item: Json) => 'subject' in item);
    expect(full.length).toBeGreaterThan(0);
    expect(full.every((item: Json) => item.status === 'DONE')).toBe(true);
    const future = await call<Json>(t, 'GET', '/activities?updatedSince=2999-01-01T00:00:00Z', {
      token: reader,
    });
    expect(future.body).toEqual({ items: [], nextCursor: null, resumeCursor: expect.any(String) });
    const bad = await call<Json>(t, 'GET', '/activities?cursor=bm9wZQ', { token: reader });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('query.cursor');
    const badLimit = await call<Json>(t, 'GET', '/activities?limit=5000&status=LATE', { token: reader });
    expect(badLimit.status).toBe(422);
    expect(badLimit.body.errors.map((e: Json) => e.path).sort()).toEqual(['query.limit', 'query.status']);
  });
});
