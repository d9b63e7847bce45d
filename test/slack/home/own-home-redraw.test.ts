import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Monday 2 March 2026, 10:00 in Stockholm. */
const NOW = new Date('2026-03-02T09:00:00Z');
const HOUR = 60 * 60_000;

/**
 * The actor's own Home is redrawn through the same per-person folding as everyone
 * else's: the first change at once, a burst in one more draw. The interval is far longer
 * than any test here, so nothing is drawn by the wall clock: the test moves time on with
 * app.redrawWaitingHomes().
 */
describe('redrawing one’s own Home after changes', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let person: { id: number; name: string };
  const shown = (view: unknown) => JSON.stringify(view);

  /** The Homes published for `userId` from call index `since` on, oldest first. */
  function homesOf(userId: string, since: number): SlackView[] {
    return t.double
      .callsTo('views.publish')
      .filter((call) => t.double.calls.indexOf(call) >= since && call.args.user_id === userId)
      .map((call) => call.args.view as SlackView);
  }

  /** Presses a button in the user's Home and waits for the Home published after it. */
  async function pressInHome(userId: string, actionId: string): Promise<SlackView> {
    const home = t.double.homeView(userId);
    if (!home) throw new Error(`${userId} has no Home`);
    const since = t.double.calls.length;
    await t.slack.blockActions({ userId, actionId, container: { type: 'view', viewId: home.id } });
    await t.double.waitForCall('views.publish', (call) => call.args.user_id === userId, { since });
    return t.double.homeView(userId) as SlackView;
  }

  /** A fresh user for each test, so no earlier draw of theirs counts against the interval. */
  let users = 0;
  function newUser(): string {
    users += 1;
    const id = `UOWN${users}`;
    t.double.addUser({ id, name: `own${users}`, tz: 'Europe/Stockholm' });
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW), homeRefreshIntervalMs: 10 * 60_000 });
    slack = activitySlack(t);
    const workspaceId = (await workspaceOf(t)).id;
    person = await addPerson(t.app.database.prisma, workspaceId, { name: 'Pia Person' });
  });
  afterAll(() => t.stop());

  const log = (userId: string, subject: string, fill: Record<string, unknown> = {}) =>
    slack.logActivity(userId, person, { Subject: subject, Start: new Date(NOW.getTime() + HOUR), ...fill });

  /** The user's first save: its Home drawn at once, waited for. */
  async function logFirst(userId: string, subject: string): Promise<number> {
    const since = t.double.calls.length;
    const id = await log(userId, subject);
    await t.double.waitForCall('views.publish', (call) => call.args.user_id === userId, { since });
    return id;
  }

  it('eight saves in a row publish the Home twice: the first at once, then one showing all eight', async () => {
    const user = newUser();
    const since = t.double.calls.length;
    const ids: number[] = [];
    for (let i = 1; i <= 8; i += 1) ids.push(await log(user, `Visit ${i}`));
    await t.app.redrawWaitingHomes();
    await t.app.idle();
    const homes = homesOf(user, since);
    // Before: one full draw of the Home per save, eight in all.
    expect(homes).toHaveLength(2);
    expect(shown(homes[0])).toContain('Visit 1');
    // The card first, then the Home.
    const card = t.double.calls.findIndex((call, i) => i >= since && call.method === 'chat.postEphemeral');
    const home = t.double.calls.findIndex((call, i) => i >= since && call.method === 'views.publish');
    expect(card).toBeLessThan(home);
    for (let i = 1; i <= 8; i += 1) expect(shown(homes[1])).toContain(`Visit ${i}`);
    expect(shown(homes[1])).toContain(`#${ids[7]}`);
  });

  it('another’s change to one’s Home and one’s own fold into the same draw', async () => {
    const ben = newUser();
    const cleo = newUser();
    const since = t.double.calls.length;
    // Ben gives Cleo an activity: her Home is drawn at once.
    await log(ben, 'From Ben', { Responsible: cleo });
    await t.double.waitForCall('views.publish', (call) => call.args.user_id === cleo, { since });
    // Her own save right after waits for the interval, folded with anything else meanwhile.
    await log(cleo, 'Her own');
    await log(ben, 'From Ben again', { Responsible: cleo });
    expect(homesOf(cleo, since)).toHaveLength(1);
    await t.app.redrawWaitingHomes();
    await t.app.idle();
    const homes = homesOf(cleo, since);
    expect(homes).toHaveLength(2);
    for (const subject of ['From Ben', 'Her own', 'From Ben again'])
      expect(shown(homes[1])).toContain(subject);
  });

  it('a button pressed in the Home draws it at once with its notice, a change waiting its turn included', async () => {
    const user = newUser();
    const first = await logFirst(user, 'Call first');
    const since = t.double.calls.length;
    // Within the interval of the first save's draw: waits.
    const second = await log(user, 'Call second');
    expect(homesOf(user, since)).toHaveLength(0);

    const afterDone = await pressInHome(user, `home_done:${first}`);
    expect(shown(afterDone.blocks)).toContain(`Activity #${first} is done.`);
    expect(shown(afterDone.blocks)).toContain('Call second');
    expect(shown(afterDone.blocks)).toContain('Plan follow-up');
    // Pressed again at once: drawn again at once, with the new notice.
    const afterStart = await pressInHome(user, `home_start:${second}`);
    expect(shown(afterStart.blocks)).toContain(`Activity #${second}`);
    expect(shown(afterStart.blocks)).not.toContain(`Activity #${first} is done.`);
    await t.app.redrawWaitingHomes();
    await t.app.idle();
    // Nothing was left waiting: the presses drew everything.
    expect(homesOf(user, since)).toHaveLength(2);
  });

  it('opening the Home tab draws it at once, showing a change that waits its turn', async () => {
    const user = newUser();
    await logFirst(user, 'Meeting one');
    await log(user, 'Meeting two');
    const since = t.double.calls.length;
    await t.slack.appHomeOpened({ userId: user });
    await t.double.waitForCall('views.publish', (call) => call.args.user_id === user, { since });
    expect(shown(t.double.homeView(user)?.blocks)).toContain('Meeting two');
    await t.app.redrawWaitingHomes();
    await t.app.idle();
    expect(homesOf(user, since)).toHaveLength(1);
  });

  it('Done now on a card: the message updated first, then the Home drawn at once; a second within the interval waits', async () => {
    const user = newUser();
    const prisma = t.app.database.prisma;
    // Known to the app without a Home drawn yet: two activities of theirs, written directly.
    await t.slack.slashCommand({ command: '/activity', text: 'list', userId: user });
    const employee = await prisma.employee.findFirstOrThrow({ where: { slackUserId: user } });
    const type = await prisma.activityType.findFirstOrThrow({ where: { workspaceId: employee.workspaceId } });
    const startAt = new Date(NOW.getTime() + HOUR);
    const created = await Promise.all(
      ['First card', 'Second card'].map((subject) =>
        prisma.activity.create({
          data: {
            workspaceId: employee.workspaceId,
            personId: person.id,
            typeId: type.id,
            subject,
            status: 'NOT_STARTED',
            startAt,
            dueAt: startAt,
            responsibleId: employee.id,
          },
        }),
      ),
    );
    const since = t.double.calls.length;
    for (const { id } of created) {
      await t.slack.slashCommand({ command: '/activity', text: `show ${id}`, userId: user });
      const card = slack.lastEphemeral(user);
      await slack.pressInEphemeral(user, card.ts, card.channel, `activity_done:${id}`);
    }
    await t.double.waitForCall('views.publish', (call) => call.args.user_id === user, { since });
    const updated = t.double.calls.findIndex((call, i) => i >= since && call.method === 'response_url');
    const published = t.double.calls.findIndex((call, i) => i >= since && call.method === 'views.publish');
    expect(updated).toBeLessThan(published);
    await t.app.redrawWaitingHomes();
    await t.app.idle();
    const homes = homesOf(user, since);
    expect(homes).toHaveLength(2);
    expect(shown(homes[1])).not.toContain('First card');
    expect(shown(homes[1])).not.toContain('Second card');
  });
});
