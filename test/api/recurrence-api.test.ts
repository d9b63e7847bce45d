import { SettableClock, workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

// Monday 7 December 2026, 08:00 UTC.
const NOW = new Date('2026-12-07T08:00:00Z');

describe('REST API: recurrence (product §3.6, §7.1)', () => {
  let t: TestApp;
  let token: string;
  const clock = new SettableClock(NOW);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    t.double.addUser({ id: 'UANNA', name: 'anna', email: 'anna@example.com', tz: 'Europe/Stockholm' });
    token = await createToken(t, ['activities:write', 'activities:read', 'contacts:write'], 'CRM sync');
    const workspaceId = (await workspaceOf(t)).id;
    await t.app.database.prisma.person.create({
      data: { workspaceId, name: 'Pia Persson', externalId: 'P-1' },
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const base = {
    personExternalId: 'P-1',
    type: 'MEETING',
    subject: 'Monthly review',
    responsible: 'UANNA',
    startAt: '2026-12-08T09:00:00Z', // Tuesday 10:00 in Stockholm
  };

  it('takes an RRULE on create, stores it in canonical form and returns it on read', async () => {
    const created = await call<Json>(t, 'POST', '/activities', {
      token,
      body: { ...base, recurrence: 'RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=6' },
    });
    expect(created.status).toBe(201);
    expect(created.body.recurrence).toBe('FREQ=MONTHLY;BYDAY=+2TU;COUNT=6');
    const read = await call<Json>(t, 'GET', `/activities/${created.body.id}`, { token });
    expect(read.body.recurrence).toBe('FREQ=MONTHLY;BYDAY=+2TU;COUNT=6');
    // Round trip: what the API returns, it takes back unchanged.
    const again = await call<Json>(t, 'POST', '/activities', {
      token,
      body: { ...base, recurrence: created.body.recurrence },
    });
    expect(again.body.recurrence).toBe(created.body.recurrence);
  });

  it('completing an occurrence through PATCH makes the next one, which the API reads', async () => {
    const created = await call<Json>(t, 'POST', '/activities', {
      token,
      body: { ...base, recurrence: 'FREQ=WEEKLY' },
    });
    const done = await call<Json>(t, 'PATCH', `/activities/${created.body.id}`, {
      token,
      body: { status: 'DONE', version: created.body.version },
    });
    expect(done.status).toBe(200);
    const series = await t.app.database.prisma.activity.findMany({
      where: {
        seriesId: (await t.app.database.prisma.activity.findUniqueOrThrow({ where: { id: created.body.id } }))
          .seriesId,
      },
      orderBy: { id: 'asc' },
    });
    expect(series).toHaveLength(2);
    const next = await call<Json>(t, 'GET', `/activities/${series[1]!.id}`, { token });
    expect(next.body).toMatchObject({
      status: 'NOT_STARTED',
      startAt: '2026-12-15T09:00:00.000Z',
      subject: 'Monthly review',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    });
  });

  it('changes and stops the rule on update', async () => {
    const created = await call<Json>(t, 'POST', '/activities', { token, body: base });
    expect(created.body.recurrence).toBeNull();
    const repeating = await call<Json>(t, 'PATCH', `/activities/${created.body.id}`, {
      token,
      body: { recurrence: 'FREQ=YEARLY', version: created.body.version },
    });
    expect(repeating.body.recurrence).toBe('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=8');
    const stopped = await call<Json>(t, 'PATCH', `/activities/${created.body.id}`, {
      token,
      body: { recurrence: null, scope: 'following', version: repeating.body.version },
    });
    expect(stopped.body.recurrence).toBeNull();
  });

  it.each([
    ['FREQ=HOURLY', /cannot repeat like that/],
    ['FREQ=WEEKLY;BYWEEKNO=2', /cannot repeat like that/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101', /either on a date or after a number of times/],
    ['FREQ=DAILY;INTERVAL=500', /1 to 99/],
    ['every tuesday', /cannot be read/],
  ])('refuses %s with 422 on body.recurrence and creates nothing', async (recurrence, message) => {
    const before = await t.app.database.prisma.activity.count();
    const answer = await call<Json>(t, 'POST', '/activities', { token, body: { ...base, recurrence } });
    expect(answer.status).toBe(422);
    const error = (answer.body.errors as Json[]).find((e) => e.path === 'body.recurrence');
    expect(error?.message).toMatch(message);
    expect(await t.app.database.prisma.activity.count()).toBe(before);
  });

  it('refuses in Swedish for a Swedish client, and a rule over 300 characters by the schema', async () => {
    const swedish = await call<Json>(t, 'POST', '/activities', {
      token,
      headers: { 'accept-language': 'sv' },
      body: { ...base, recurrence: 'FREQ=SECONDLY' },
    });
    expect(JSON.stringify(swedish.body.errors)).toContain('Touchbase kan inte upprepa så');
    const long = await call<Json>(t, 'POST', '/activities', {
      token,
      body: { ...base, recurrence: `FREQ=DAILY;${'X'.repeat(300)}` },
    });
    expect(long.status).toBe(422);
    expect((long.body.errors as Json[]).map((e) => e.path)).toContain('body.recurrence');
  });

  it('documents recurrence in the OpenAPI document', async () => {
    const doc = await call<Json>(t, 'GET', '/openapi.json');
    const text = JSON.stringify(doc.body);
    expect(text).toContain('RFC 5545 RRULE');
    expect(text).toContain('"scope"');
  });
});
