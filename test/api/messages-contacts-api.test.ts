import { workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

describe('REST API: sent e-mail and SMS, persons and organizations', () => {
  let t: TestApp;
  let token: string;
  let readOnly: string;
  const prisma = () => t.app.database.prisma;

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UANNA', name: 'anna', email: 'anna@example.com' });
    t.double.addUser({ id: 'UBEN', name: 'ben', email: 'ben@example.com' });
    token = await createToken(t, ['activities:write', 'contacts:write', 'contacts:read'], 'Mail gateway');
    readOnly = await createToken(t, ['contacts:read']);
    const workspace = await workspaceOf(t);
    await prisma().person.create({
      data: {
        workspaceId: workspace.id,
        name: 'Sven Svensson',
        email: 'sven@kund.se',
        phone: '+46 70 555 12 34',
      },
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  const email = {
    channel: 'email',
    from: 'anna@example.com',
    to: 'Sven@Kund.se',
    subject: 'Offer',
    body: 'Hello Sven,\nhere is the offer.',
    sentAt: '2026-03-02T08:15:00Z',
    sender: 'anna@example.com',
  };

  it('an e-mail becomes a DONE E-mail activity on the matched person, the sender responsible, nobody told', async () => {
    const since = t.double.calls.length;
    const answer = await call<Json>(t, 'POST', '/messages', { token, body: email });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      status: 'DONE',
      type: { key: 'EMAIL' },
      source: 'EMAIL',
      subject: 'Offer',
      person: { name: 'Sven Svensson' },
      responsible: { slackUserId: 'UANNA' },
      startAt: '2026-03-02T08:15:00.000Z',
      endAt: '2026-03-02T08:15:00.000Z',
    });
    expect(answer.body.notes).toContain('here is the offer.');
    await t.app.idle();
    expect(t.double.calls.slice(since).filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
  });

  it('an SMS to 070… matches the person stored as +46 70…, sender by Slack id', async () => {
    const answer = await call<Json>(t, 'POST', '/messages', {
      token,
      body: {
        channel: 'sms',
        from: '+46700000000',
        to: '070-555 12 34',
        body: 'See you at 10',
        sentAt: '2026-03-02T09:00:00+01:00',
        sender: 'UBEN',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      status: 'DONE',
      type: { key: 'SMS' },
      source: 'SMS',
      subject: 'See you at 10',
      person: { name: 'Sven Svensson' },
      responsible: { slackUserId: 'UBEN' },
    });
  });

  it('an unknown recipient is 422 on `to` unless createPerson; long subjects are cut', async () => {
    const unknown = await call<Json>(t, 'POST', '/messages', {
      token,
      body: { ...email, to: 'new@kund.se' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: 'body.to', message: expect.any(String) }]);
    const created = await call<Json>(t, 'POST', '/messages', {
      token,
      body: {
        ...email,
        to: 'new@kund.se',
        createPerson: true,
        personName: 'Nina Ny',
        subject: 'S'.repeat(300),
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.person.name).toBe('Nina Ny');
    expect([...created.body.subject]).toHaveLength(150);
    const badSender = await call<Json>(t, 'POST', '/messages', {
      token,
      body: { ...email, sender: 'ghost@example.com' },
    });
    expect(badSender.status).toBe(422);
    expect(badSender.body.errors).toEqual([{ path: 'body.sender', message: expect.any(String) }]);
    const badChannel = await call<Json>(t, 'POST', '/messages', {
      token,
      body: { ...email, channel: 'fax' },
    });
    expect(badChannel.status).toBe(422);
    expect(badChannel.body.errors[0].path).toBe('body.channel');
  });

  it('PUT /persons/{externalId} creates, then replaces; GET reads it', async () => {
    const org = await call<Json>(t, 'PUT', '/organizations/ORG-1', {
      token,
      body: { name: 'Kund AB', orgNumber: '556036-0793' },
    });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({ externalId: 'ORG-1', name: 'Kund AB', orgNumber: '556036-0793' });
    const again = await call<Json>(t, 'PUT', '/organizations/ORG-1', {
      token,
      body: { name: 'Kund Aktiebolag' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: org.body.id, name: 'Kund Aktiebolag', orgNumber: null });
    const created = await call<Json>(t, 'PUT', '/persons/EXT-9', {
      token,
      body: { name: 'Olle Ökvist', email: 'olle@kund.se', organizationExternalId: 'ORG-1' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ externalId: 'EXT-9', organization: { externalId: 'ORG-1' } });
    const replaced = await call<Json>(t, 'PUT', '/persons/EXT-9', {
      token,
      body: { name: 'Olle Ökvist', phone: '08-123 456' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      id: created.body.id,
      email: null,
      phone: '08-123 456',
      organization: null,
    });
    const read = await call<Json>(t, 'GET', '/persons/EXT-9', { token: readOnly });
    expect(read.body.id).toBe(created.body.id);
    expect((await call(t, 'GET', '/persons/NOPE', { token: readOnly })).status).toBe(404);
    expect((await call(t, 'PUT', '/persons/EXT-9', { token: readOnly, body: { name: 'x' } })).status).toBe(
      403,
    );
  });

  it('contact validation is the register’s own: bad e-mail, taken e-mail, unknown organization', async () => {
    const bad = await call<Json>(t, 'PUT', '/persons/EXT-10', {
      token,
      body: { name: '', email: 'not-an-address', organizationExternalId: 'ORG-404' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: Json) => e.path)).toEqual(['body.organizationExternalId']);
    const invalid = await call<Json>(t, 'PUT', '/persons/EXT-10', {
      token,
      body: { name: '', email: 'not-an-address' },
    });
    expect(invalid.body.errors.map((e: Json) => e.path).sort()).toEqual(['body.email', 'body.name']);
    const taken = await call<Json>(t, 'PUT', '/persons/EXT-10', {
      token,
      body: { name: 'Dup', email: 'sven@kund.se' },
    });
    expect(taken.status).toBe(422);
    expect(taken.body.errors.map((e: Json) => e.path)).toEqual(['body.email']);
    const orgNumber = await call<Json>(t, 'PUT', '/organizations/ORG-2', {
      token,
      body: { name: 'X', orgNumber: '556036-0794' },
    });
    expect(orgNumber.status).toBe(422);
    expect(orgNumber.body.errors.map((e: Json) => e.path)).toEqual(['body.orgNumber']);
    expect(await prisma().person.count({ where: { externalId: 'EXT-10' } })).toBe(0);
  });

  it('two first PUTs of one external id at once make one person', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map((n) => call<Json>(t, 'PUT', '/persons/RACE-1', { token, body: { name: `Racer ${n}` } })),
    );
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(await prisma().person.count({ where: { externalId: 'RACE-1' } })).toBe(1);
  });
});
