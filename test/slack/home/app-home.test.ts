import { SETTINGS_FORM } from '../../../src/slack/views/settings/settings-modal';
import {
  activitySlack,
  addPerson,
  SettableClock,
  typeByKey,
  workspaceOf,
} from '../../support/fixtures/activities';
import { type SlackView, validateView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

// Tuesday 1 December 2026, 12:00 UTC: 13:00 in Stockholm, 07:00 in New York.
const NOW = new Date('2026-12-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string }[] };

/** The Home as a reader sees it: each group heading with the activity numbers under it. */
function groupsOf(view: SlackView): Record<string, number[]> {
  const groups: Record<string, number[]> = {};
  let current: number[] | null = null;
  for (const block of view.blocks as Block[]) {
    const text = block.type === 'section' ? (block.text?.text ?? '') : '';
    const heading = /^\*(.+)\* · \d+$/.exec(text);
    if (heading) {
      current = [];
      groups[text] = current;
    } else if (current && /^\*#(\d+)/.test(text)) {
      current.push(Number(/^\*#(\d+)/.exec(text)?.[1]));
    }
  }
  return groups;
}

const actionIds = (view: SlackView) =>
  (view.blocks as Block[]).flatMap((block) => (block.elements ?? []).map((e) => e.action_id ?? ''));

describe('App Home', () => {
  let t: TestApp;
  let clock: SettableClock;
  let workspaceId: number;
  let personId: number;
  let typeId: number;
  const prisma = () => t.app.database.prisma;
  const calls = () => t.double.calls.length;

  async function openHome(userId: string, retryNum?: number): Promise<SlackView> {
    const since = calls();
    await t.slack.appHomeOpened({ userId, retryNum });
    await t.double.waitForCall('views.publish', undefined, { since });
    const view = t.double.homeView(userId);
    if (!view) throw new Error(`${userId} has no Home`);
    return view;
  }

  /** Presses something in the user's Home and waits for the Home to be published again. */
  async function pressInHome(userId: string, actionId: string, selectedOption?: string): Promise<SlackView> {
    const home = t.double.homeView(userId);
    if (!home) throw new Error(`${userId} has no Home`);
    const since = calls();
    await t.slack.blockActions({
      userId,
      actionId,
      selectedOption,
      container: { type: 'view', viewId: home.id },
    });
    await t.double.waitForCall('views.publish', undefined, { since });
    return t.double.homeView(userId) as SlackView;
  }

  const employeeId = async (slackUserId: string) =>
    (await prisma().employee.findFirstOrThrow({ where: { workspaceId, slackUserId } })).id;

  async function addActivity(
    responsible: string,
    dueAt: Date,
    extra: { subject?: string; isPrivate?: boolean; status?: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' } = {},
  ): Promise<number> {
    const row = await prisma().activity.create({
      data: {
        workspaceId,
        personId,
        typeId,
        subject: extra.subject ?? 'Follow up',
        status: extra.status ?? 'NOT_STARTED',
        startAt: dueAt,
        dueAt,
        responsibleId: await employeeId(responsible),
        isPrivate: extra.isPrivate ?? false,
      },
    });
    return row.id;
  }

  const stored = (id: number) => prisma().activity.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    t.double.addUser({ id: 'UANNA', name: 'anna', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UNEWYORK', name: 'nils', tz: 'America/New_York' });
    t.double.addUser({ id: 'USVEN', name: 'sven', tz: 'Europe/Stockholm', locale: 'sv-SE' });
    t.double.addUser({ id: 'UMANY', name: 'maja', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UACT', name: 'acke', tz: 'Europe/Stockholm' });
    workspaceId = (await workspaceOf(t)).id;
    personId = (await addPerson(prisma(), workspaceId, { name: 'Pia Person' })).id;
    typeId = (await typeByKey(prisma(), workspaceId, 'MEETING')).id;
    // Opening the Home once makes everyone an employee the fixtures can refer to.
    for (const user of ['UANNA', 'UNEWYORK', 'USVEN', 'UMANY', 'UACT']) await openHome(user);
  });
  afterAll(() => t.stop());

  it('says there is nothing unfinished, with Log activity and Settings, when there is nothing', async () => {
    const view = t.double.homeView('UACT') as SlackView;
    expect(validateView(view, 'home')).toEqual({ ok: true, messages: [] });
    expect(JSON.stringify(view.blocks)).toContain('Nothing unfinished');
    expect(actionIds(view)).toEqual(['home_log_activity', 'settings_open']);
  });

  it('groups by the viewer’s own calendar: 1 December 23:30 UTC is tomorrow in Stockholm, today in New York', async () => {
    const lateUtc = new Date('2026-12-01T23:30:00Z');
    const annaLate = await addActivity('UANNA', lateUtc);
    const nyLate = await addActivity('UNEWYORK', lateUtc);
    const annaOverdue = await addActivity('UANNA', new Date('2026-11-30T09:00:00Z'));
    const annaToday = await addActivity('UANNA', new Date('2026-12-01T20:00:00Z'));
    const annaLater = await addActivity('UANNA', new Date(NOW.getTime() + 30 * DAY));
    await addActivity('UANNA', new Date('2026-11-29T09:00:00Z'), { status: 'DONE' });

    const anna = await openHome('UANNA');
    expect(validateView(anna, 'home')).toEqual({ ok: true, messages: [] });
    expect(groupsOf(anna)).toEqual({
      '*Overdue* · 1': [annaOverdue],
      '*Today* · 1': [annaToday],
      '*Upcoming (next 14 days)* · 1': [annaLate],
      '*Later* · 1': [annaLater],
    });
    expect(JSON.stringify(anna.blocks)).toContain('2 Dec 2026 00:30');

    const newYork = await openHome('UNEWYORK');
    expect(groupsOf(newYork)).toEqual({ '*Today* · 1': [nyLate] });
    expect(JSON.stringify(newYork.blocks)).toContain('1 Dec 2026 18:30');
  });

  it('shows only the viewer’s own activities, their private ones included, with user text escaped', async () => {
    const ownPrivate = await addActivity('UACT', new Date(NOW.getTime() + DAY), {
      subject: '<!channel> hi <@U123>',
      isPrivate: true,
    });
    await addActivity('UANNA', new Date(NOW.getTime() + DAY), { subject: 'Not Acke’s', isPrivate: true });
    const view = await openHome('UACT');
    expect(groupsOf(view)).toEqual({ '*Upcoming (next 14 days)* · 1': [ownPrivate] });
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('&lt;!channel&gt; hi &lt;@U123&gt;');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('Not Acke’s');
    expect(actionIds(view)).toEqual(
      expect.arrayContaining([
        `home_done:${ownPrivate}`,
        `home_start:${ownPrivate}`,
        `home_edit:${ownPrivate}`,
        `home_snooze:${ownPrivate}`,
      ]),
    );
  });

  it('a retried event publishes the same Home again and writes nothing', async () => {
    const first = await openHome('UANNA');
    const events = await prisma().activityEvent.count();
    const activities = await prisma().activity.findMany({ orderBy: { id: 'asc' } });
    const again = await openHome('UANNA', 1);
    expect(again.blocks).toEqual(first.blocks);
    expect(await prisma().activityEvent.count()).toBe(events);
    expect(await prisma().activity.findMany({ orderBy: { id: 'asc' } })).toEqual(activities);
  });

  it('the Messages tab publishes nothing', async () => {
    const since = calls();
    await t.slack.appHomeOpened({ userId: 'UANNA', tab: 'messages' });
    await t.app.idle();
    expect(t.double.callsTo('views.publish').filter((c) => t.double.calls.indexOf(c) >= since)).toHaveLength(
      0,
    );
  });

  it('Done now and Start in the Home act and publish it again with the result', async () => {
    const first = await addActivity('UACT', new Date(NOW.getTime() + 2 * DAY), { subject: 'First' });
    const second = await addActivity('UACT', new Date(NOW.getTime() + 3 * DAY), { subject: 'Second' });
    await openHome('UACT');

    const afterStart = await pressInHome('UACT', `home_start:${second}`);
    expect((await stored(second)).status).toBe('IN_PROGRESS');
    expect(JSON.stringify(afterStart.blocks)).toContain(`Activity #${second}`);
    expect(actionIds(afterStart)).not.toContain(`home_start:${second}`);
    expect(actionIds(afterStart)).toContain(`home_done:${second}`);

    clock.advance(60_000);
    const afterDone = await pressInHome('UACT', `home_done:${first}`);
    expect(await stored(first)).toMatchObject({ status: 'DONE', completedAt: clock.now() });
    expect(JSON.stringify(afterDone.blocks)).toContain(`Activity #${first} is done.`);
    expect(Object.values(groupsOf(afterDone)).flat()).not.toContain(first);
  });

  it('Snooze moves the due to tomorrow or next Monday at the digest hour and writes history', async () => {
    // Acke reads his digest at 07:00.
    await prisma().employee.update({ where: { id: await employeeId('UACT') }, data: { digestHour: 7 } });
    const id = await addActivity('UACT', new Date('2026-11-30T10:00:00Z'), { subject: 'Snooze me' });
    // The app remembers employees for a minute; a minute later it reads the new hour.
    clock.advance(2 * 60_000);
    await openHome('UACT');

    const tomorrow = await pressInHome('UACT', `home_snooze:${id}`, 'tomorrow');
    // Wednesday 2 December, 07:00 in Stockholm.
    expect((await stored(id)).dueAt).toEqual(new Date('2026-12-02T06:00:00Z'));
    expect(JSON.stringify(tomorrow.blocks)).toContain(`Activity #${id} snoozed until 2 Dec 2026 07:00.`);

    await pressInHome('UACT', `home_snooze:${id}`, 'next_week');
    // Monday 7 December, 07:00 in Stockholm.
    expect(await stored(id)).toMatchObject({ startAt: new Date('2026-12-07T06:00:00Z'), version: 3 });
    const history = await prisma().activityEvent.findMany({
      where: { activityId: id },
      orderBy: { id: 'asc' },
    });
    expect(history.map((event) => event.kind)).toEqual(['UPDATED', 'UPDATED']);
    expect(history[1]?.changes).toEqual([
      { field: 'start', from: '2026-12-02T06:00:00.000Z', to: '2026-12-07T06:00:00.000Z' },
    ]);
  });

  it('a stale button says what changed and acts on nothing', async () => {
    const doneMeanwhile = await addActivity('UACT', new Date(NOW.getTime() + DAY), { subject: 'Stale' });
    await openHome('UACT');
    await prisma().activity.update({
      where: { id: doneMeanwhile },
      data: { status: 'DONE', version: { increment: 1 } },
    });
    const before = await stored(doneMeanwhile);

    const afterSnooze = await pressInHome('UACT', `home_snooze:${doneMeanwhile}`, 'tomorrow');
    expect(JSON.stringify(afterSnooze.blocks)).toContain(`Activity #${doneMeanwhile} is already done.`);
    expect(await stored(doneMeanwhile)).toEqual(before);
    expect(actionIds(afterSnooze)).not.toContain(`home_snooze:${doneMeanwhile}`);
  });

  it('a button on an activity deleted meanwhile says so and writes nothing', async () => {
    const id = await addActivity('UACT', new Date(NOW.getTime() + DAY), { subject: 'Gone' });
    await openHome('UACT');
    await prisma().activity.update({ where: { id }, data: { deletedAt: clock.now() } });
    const afterDone = await pressInHome('UACT', `home_done:${id}`);
    expect(JSON.stringify(afterDone.blocks)).toContain(`Activity #${id} has been deleted.`);
    expect(await prisma().activityEvent.count({ where: { activityId: id } })).toBe(0);
  });

  it('Edit opens the form from the Home, and saving it publishes the Home again', async () => {
    const id = await addActivity('UACT', new Date(NOW.getTime() + DAY), { subject: 'Old subject' });
    await openHome('UACT');
    const since = calls();
    const home = t.double.homeView('UACT') as SlackView;
    await t.slack.blockActions({
      userId: 'UACT',
      actionId: `home_edit:${id}`,
      container: { type: 'view', viewId: home.id },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    const form = t.double.latestView('UACT');
    if (!form) throw new Error('no form opened');
    const published = calls();
    const result = await t.slack.viewSubmission({
      userId: 'UACT',
      viewId: form.id,
      fill: { Subject: 'New subject' },
    });
    expect(result.ack).toBeUndefined();
    await t.double.waitForCall('views.publish', undefined, { since: published });
    const shown = JSON.stringify((t.double.homeView('UACT') as SlackView).blocks);
    expect(shown).toContain('New subject');
    expect(shown).not.toContain('Old subject');
  });

  it('Done now pressed on an activity message publishes the Home again too', async () => {
    const id = await addActivity('UACT', new Date(NOW.getTime() + DAY), { subject: 'From a card' });
    expect(Object.values(groupsOf(await openHome('UACT'))).flat()).toContain(id);
    await t.slack.slashCommand({ command: '/activity', text: `show ${id}`, userId: 'UACT' });
    const card = t.double.ephemeralMessages({ user: 'UACT' }).at(-1);
    if (!card) throw new Error('no card shown');
    const since = calls();
    await activitySlack(t).pressInEphemeral('UACT', card.ts, card.channel, `activity_done:${id}`);
    await t.double.waitForCall('views.publish', undefined, { since });
    expect((await stored(id)).status).toBe('DONE');
    expect(Object.values(groupsOf(t.double.homeView('UACT') as SlackView)).flat()).not.toContain(id);
  });

  it('Log activity opens the activity form', async () => {
    const since = calls();
    const home = t.double.homeView('UACT') as SlackView;
    await t.slack.blockActions({
      userId: 'UACT',
      actionId: 'home_log_activity',
      container: { type: 'view', viewId: home.id },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    expect(t.double.latestView('UACT')?.callback_id).toBe('activity_form');
  });

  it('Settings opens the settings form', async () => {
    const since = calls();
    const home = t.double.homeView('UACT') as SlackView;
    await t.slack.blockActions({
      userId: 'UACT',
      actionId: 'settings_open',
      container: { type: 'view', viewId: home.id },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    expect(t.double.latestView('UACT')?.callback_id).toBe(SETTINGS_FORM);
  });

  it('a Swedish user sees the Home in Swedish', async () => {
    await addActivity('USVEN', new Date('2026-11-30T09:00:00Z'));
    const view = await openHome('USVEN');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('Dina aktiviteter');
    expect(shown).toContain('Registrera aktivitet');
    expect(shown).toContain('*Försenade* · 1');
    expect(shown).toContain('Skjut upp till i morgon');
    expect(shown).toContain('Ej påbörjad');
  });

  it('500 unfinished activities stay within 100 blocks, with how many more', async () => {
    clock.set(NOW);
    const responsibleId = await employeeId('UMANY');
    await prisma().activity.createMany({
      data: Array.from({ length: 500 }, (_, i) => {
        const dueAt = new Date(NOW.getTime() + (i - 250) * 3 * 60 * 60 * 1000);
        return { workspaceId, personId, typeId, subject: `Bulk ${i}`, startAt: dueAt, dueAt, responsibleId };
      }),
    });
    const view = await openHome('UMANY');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(validateView(view, 'home')).toEqual({ ok: true, messages: [] });
    const shownCount = Object.values(groupsOf(view)).flat().length;
    expect(shownCount).toBeGreaterThan(30);
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain(`…and ${500 - shownCount} more — \`/activity list\``);
    expect(shown).toContain('Overdue 250');
  });

  describe('a team lead’s summary', () => {
    async function addTeam(name: string, members: Record<string, boolean>): Promise<number> {
      const team = await prisma().team.create({ data: { workspaceId, name } });
      for (const [slackUserId, isLead] of Object.entries(members)) {
        await prisma().teamMember.create({
          data: { teamId: team.id, employeeId: await employeeId(slackUserId), isLead },
        });
      }
      return team.id;
    }

    async function loadOf(slackUserId: string) {
      const where = {
        responsibleId: await employeeId(slackUserId),
        status: { not: 'DONE' as const },
        deletedAt: null,
      };
      const [unfinished, overdue] = await Promise.all([
        prisma().activity.count({ where }),
        prisma().activity.count({ where: { ...where, dueAt: { lt: clock.now() } } }),
      ]);
      return { unfinished, overdue };
    }

    it('shows each member’s unfinished and overdue; private activities count but never show', async () => {
      clock.set(NOW);
      await addTeam('Sales <north>', { UANNA: true, UNEWYORK: false, UACT: false });
      await addActivity('UNEWYORK', new Date(NOW.getTime() - 2 * DAY), {
        subject: 'Secret salary',
        isPrivate: true,
      });
      await addActivity('UNEWYORK', new Date(NOW.getTime() + 2 * DAY), { subject: 'Nils’s own' });
      const nils = await loadOf('UNEWYORK');
      expect(nils.overdue).toBeGreaterThan(0);

      const view = await openHome('UANNA');
      const shown = JSON.stringify(view.blocks);
      expect(shown).toContain('*Your teams*');
      expect(shown).toContain('*Sales &lt;north&gt;*');
      expect(shown).toContain(
        `<@UNEWYORK> · ${nils.unfinished} unfinished · :warning: ${nils.overdue} overdue`,
      );
      const acke = await loadOf('UACT');
      expect(shown).toContain(`<@UACT> · ${acke.unfinished} unfinished`);
      expect(shown).not.toContain('Secret salary');
      expect(shown).not.toContain('Nils’s own');
      expect(validateView(view, 'home')).toEqual({ ok: true, messages: [] });

      // A member who leads nothing sees no team summary.
      expect(JSON.stringify((await openHome('UNEWYORK')).blocks)).not.toContain('Your teams');
    });

    it('shows on the very next Home of someone made lead, and goes with the lead', async () => {
      const teamId = await addTeam('Field', { UACT: false, UNEWYORK: false });
      expect(JSON.stringify((await openHome('UACT')).blocks)).not.toContain('Your teams');

      const acke = { teamId_employeeId: { teamId, employeeId: await employeeId('UACT') } };
      await prisma().teamMember.update({ where: acke, data: { isLead: true } });
      const shown = JSON.stringify((await openHome('UACT')).blocks);
      expect(shown).toContain('*Your teams*');
      expect(shown).toContain('*Field*');
      expect(shown).toMatch(/<@UNEWYORK> · \d+ unfinished/);

      await prisma().teamMember.update({ where: acke, data: { isLead: false } });
      expect(JSON.stringify((await openHome('UACT')).blocks)).not.toContain('Your teams');
    });

    it('is in Swedish for a Swedish lead', async () => {
      await addTeam('Reception', { USVEN: true, UANNA: false });
      const shown = JSON.stringify((await openHome('USVEN')).blocks);
      expect(shown).toContain('*Dina team*');
      expect(shown).toMatch(/<@UANNA> · \d+ ofärdiga/);
    });

    it('a lead of many teams with 500 activities still gets a valid Home within 100 blocks', async () => {
      for (let i = 1; i <= 6; i++) await addTeam(`Team ${i}`, { UMANY: true, UANNA: false, UNEWYORK: false });
      const view = await openHome('UMANY');
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(validateView(view, 'home')).toEqual({ ok: true, messages: [] });
      const shown = JSON.stringify(view.blocks);
      expect(shown).toContain('…and 2 more teams.');
      const shownCount = Object.values(groupsOf(view)).flat().length;
      expect(shown).toContain(`…and ${(await loadOf('UMANY')).unfinished - shownCount} more`);
    });
  });
});
