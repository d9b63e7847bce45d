import { call, createToken } from '../../api/api-client';
import { SettableClock, workspaceOf } from '../../support/fixtures/activities';
import { startTestApp, type TestApp } from '../../support/test-app';

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely in tests.
type Json = Record<string, any>;

// Monday 7 December 2026, 08:00 UTC (09:00 in Stockholm).
const NOW = new Date('2026-12-07T08:00:00Z');

describe('repeating activities in Slack (product §3.6)', () => {
  let t: TestApp;
  let token: string;
  const shown = (value: unknown) => JSON.stringify(value);

  const command = (userId: string, text: string) =>
    t.slack.slashCommand({ command: '/activity', text, userId });

  /** A repeating activity for Anna, made through the API (the form's Repeat is not there yet). */
  async function repeating(subject: string, recurrence: string): Promise<number> {
    const answer = await call<Json>(t, 'POST', '/activities', {
      token,
      body: {
        personExternalId: 'P-1',
        type: 'MEETING',
        subject,
        responsible: 'UANNA',
        startAt: '2026-12-08T09:00:00Z', // Tuesday 10:00 in Stockholm
        recurrence,
      },
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    t.double.addUser({ id: 'UANNA', name: 'anna', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UEVA', name: 'eva', tz: 'Europe/Stockholm' });
    token = await createToken(t, ['activities:write', 'activities:read', 'contacts:write']);
    const workspaceId = (await workspaceOf(t)).id;
    await t.app.database.prisma.person.create({
      data: { workspaceId, name: 'Pia Persson', externalId: 'P-1' },
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('`/activity done` on an occurrence says when the next one is, and the cards show the rule in words', async () => {
    const id = await repeating('Weekly sync', 'FREQ=WEEKLY;INTERVAL=2');
    const done = await command('UANNA', `done ${id}`);
    const text = shown(done.ack);
    expect(text).toContain('The next one is');
    expect(text).toContain('22 Dec');
    expect(text).toContain('↻ every 2nd Tuesday');
    const next = (
      await t.app.database.prisma.activity.findFirstOrThrow({
        where: { id: { gt: id } },
        orderBy: { id: 'asc' },
      })
    ).id;
    expect(shown((await command('USVEN', `show ${next}`)).ack)).toContain('↻ varannan tisdag');
  });

  it('lists and App Home mark a repeating activity with ↻ and its rule', async () => {
    await repeating('Monthly key account call', 'FREQ=MONTHLY;BYDAY=+2TU');
    expect(shown((await command('UANNA', 'list')).ack)).toContain('↻ monthly on the 2nd Tuesday');
    expect(shown((await command('USVEN', 'list <@UANNA>')).ack)).toContain('↻ den andra tisdagen i månaden');
    const since = t.double.calls.length;
    await t.slack.appHomeOpened({ userId: 'UANNA' });
    await t.double.waitForCall('views.publish', undefined, { since });
    expect(shown(t.double.homeView('UANNA'))).toContain('↻ monthly on the 2nd Tuesday');
  });

  it('the history shows a changed rule in words', async () => {
    const id = await repeating('Review', 'FREQ=WEEKLY');
    const current = await call<Json>(t, 'GET', `/activities/${id}`, { token });
    await call<Json>(t, 'PATCH', `/activities/${id}`, {
      token,
      body: { recurrence: 'FREQ=YEARLY', version: current.body.version },
    });
    const detail = shown((await command('UANNA', `show ${id}`)).ack);
    expect(detail).toContain('*Repeat*: every Tuesday → every year on 8 December');
  });

  it('statistics count each occurrence as an activity (product §6)', async () => {
    const created = await call<Json>(t, 'POST', '/activities', {
      token,
      body: {
        personExternalId: 'P-1',
        type: 'MEETING',
        subject: 'Daily stand-up',
        responsible: 'UEVA',
        startAt: '2026-12-07T09:00:00Z',
        recurrence: 'FREQ=DAILY',
      },
    });
    await command('UEVA', `done ${created.body.id}`);
    const second = await t.app.database.prisma.activity.findFirstOrThrow({
      where: { subject: 'Daily stand-up', status: 'NOT_STARTED' },
    });
    await command('UEVA', `done ${second.id}`);
    const since = t.double.calls.length;
    await command('UEVA', 'stats month');
    const answer = await t.double.waitForCall('response_url', undefined, { since });
    const text = shown(answer.args);
    expect(text).toContain('Meeting            1            0     2      3');
    expect(text).toContain('*eva* · 3 (+3, new; previous 0) · done 2 · overdue 0');
  });

  it('the edit form offers a rule no choice shows as it is, and saving keeps it exactly', async () => {
    const id = await repeating('Every other year', 'FREQ=YEARLY;INTERVAL=2');
    const since = t.double.calls.length;
    await command('UANNA', `edit ${id}`);
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView('UANNA');
    if (!view) throw new Error('no edit form opened');
    const repeat = (view.blocks as Json[]).find((b) => String(b.block_id).startsWith('repeat.'));
    expect(repeat?.element.initial_option).toMatchObject({
      value: 'stored',
      text: { text: 'As it is: every 2 years on 8 December' },
    });
    const saved = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Subject: 'Every other year (new room)' },
    });
    expect(saved.ack).toBeUndefined();
    expect(await t.app.database.prisma.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      subject: 'Every other year (new room)',
      recurrence: 'FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=8',
    });
  });

  it('the last occurrence of a series says the series has ended', async () => {
    const id = await repeating('Twice only', 'FREQ=DAILY;COUNT=2');
    await command('UANNA', `done ${id}`);
    const second = (
      await t.app.database.prisma.activity.findFirstOrThrow({
        where: { id: { gt: id } },
        orderBy: { id: 'asc' },
      })
    ).id;
    expect(shown((await command('UANNA', `done ${second}`)).ack)).toContain('the series has ended');
  });
});
