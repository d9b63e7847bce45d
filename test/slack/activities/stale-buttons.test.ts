import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');

/**
 * product §4: a button never acts on old data. Whatever changed since the message
 * was drawn — done, deleted, handed over, made private to someone else — the
 * press explains it, redraws the message as it is now, and changes nothing.
 */
describe('stale buttons on every surface', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let personId: number;
  let clock: SettableClock;
  const prisma = () => t.app.database.prisma;
  const stored = (id: number) => prisma().activity.findUniqueOrThrow({ where: { id } });
  const shown = (value: unknown) => JSON.stringify(value);
  const employeeId = async (slackUserId: string) =>
    (await prisma().employee.findFirstOrThrow({ where: { slackUserId } })).id;

  const logActivity = (userId: string, fill: Record<string, unknown> = {}) =>
    slack.logActivity(userId, { id: personId, name: 'Pia Person' }, fill);

  /** Another user's change, made behind the message's back (no message of ours is redrawn). */
  async function handOver(id: number, toSlackUserId: string, isPrivate = false) {
    await prisma().activity.update({
      where: { id },
      data: { responsibleId: await employeeId(toSlackUserId), isPrivate, version: { increment: 1 } },
    });
  }

  async function openHome(userId: string): Promise<SlackView> {
    const since = t.double.calls.length;
    await t.slack.appHomeOpened({ userId });
    await t.double.waitForCall('views.publish', undefined, { since });
    return t.double.homeView(userId) as SlackView;
  }

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    const workspaceId = (await workspaceOf(t)).id;
    personId = (await addPerson(prisma(), workspaceId, { name: 'Pia Person' })).id;
    await openHome('UBEN');
  });
  afterAll(() => t.stop());

  it('a card: Done now on an activity handed over meanwhile says to whom, and shows the new responsible', async () => {
    const id = await logActivity('UANNA');
    const card = slack.lastEphemeral('UANNA');
    await handOver(id, 'UBEN');
    const before = await stored(id);
    const answer = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_done:${id}`);
    expect(answer.text).toContain(
      `Activity #${id} has been handed over to <@UBEN> meanwhile, so nothing was done.`,
    );
    expect(shown(answer.blocks)).toContain('*Responsible*\\n<@UBEN>');
    expect(await stored(id)).toEqual(before);
  });

  it('a card in Swedish says the same in Swedish', async () => {
    const view = await slack.openForm('USVEN');
    const { since } = await slack.submit('USVEN', view.id, {
      Person: { text: { type: 'plain_text', text: 'Pia Person' }, value: String(personId) },
      Typ: 'Möte',
      Ämne: 'Demo',
    });
    await slack.savedCard(since);
    const id = (await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
    const card = slack.lastEphemeral('USVEN');
    await handOver(id, 'UBEN');
    const answer = await slack.pressInEphemeral(
      'USVEN',
      card.ts,
      card.channel,
      `activity_snooze_tomorrow:${id}`,
    );
    expect(answer.text).toContain(
      `Aktivitet #${id} har lämnats över till <@UBEN> under tiden, så inget gjordes.`,
    );
  });

  it('a list page: an item made private to someone else is gone from the page, the rest keep their buttons', async () => {
    const kept = await logActivity('UANNA', { Subject: 'Still mine' });
    const taken = await logActivity('UANNA', { Subject: 'Taken private' });
    await t.slack.slashCommand({ command: '/activity', text: 'list', userId: 'UANNA' });
    const list = slack.lastEphemeral('UANNA');
    await handOver(taken, 'UBEN', true);
    const before = await stored(taken);
    const answer = await slack.pressInEphemeral(
      'UANNA',
      list.ts,
      list.channel,
      `activity_snooze_next_week:${taken}`,
    );
    const blocks = shown(answer.blocks);
    expect(answer.text).toContain(`There is no activity #${taken} that you can see.`);
    expect(blocks).not.toContain('Taken private');
    expect(blocks).toContain(`Activity #${taken} no longer exists, or you can no longer see it.`);
    expect(blocks).toContain(`activity_done:${kept}`);
    expect(await stored(taken)).toEqual(before);
  });

  it('a list page: Start on an item deleted meanwhile shows it deleted, with Undo', async () => {
    const id = await logActivity('UANNA', { Subject: 'Deleted behind the back' });
    await t.slack.slashCommand({ command: '/activity', text: 'list', userId: 'UANNA' });
    const list = slack.lastEphemeral('UANNA');
    await prisma().activity.update({
      where: { id },
      data: { deletedAt: NOW, deletedById: await employeeId('UBEN') },
    });
    const answer = await slack.pressInEphemeral('UANNA', list.ts, list.channel, `activity_start:${id}`);
    expect(answer.text).toContain(`Activity #${id} has been deleted.`);
    expect(shown(answer.blocks)).toContain(`activity_undo:${id}`);
    expect((await stored(id)).status).toBe('NOT_STARTED');
  });

  describe('a deleted activity shows nothing of itself, except to those who may restore it, for 30 days', () => {
    const subject = 'Offer with the secret discount';
    afterEach(() => clock.set(NOW));

    /** Anna's activity on Ben's lists of her activities (old messages), then deleted by Anna on her card. */
    async function deletedOnBensLists(count = 1) {
      const id = await logActivity('UANNA', { Subject: subject });
      const card = slack.lastEphemeral('UANNA');
      const lists = [];
      for (let i = 0; i < count; i++) {
        await t.slack.slashCommand({ command: '/activity', text: 'list all <@UANNA|anna>', userId: 'UBEN' });
        const list = slack.lastEphemeral('UBEN');
        expect(shown(list.blocks)).toContain(subject);
        lists.push(list);
      }
      const deleted = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_delete:${id}`);
      expect(shown(deleted.blocks)).toContain(`activity_undo:${id}`);
      return { id, lists, card };
    }

    it('a bystander’s old Start, Edit and Snooze buttons, and /activity done, show only that it is gone', async () => {
      const { id, lists } = await deletedOnBensLists(3);
      const actions = [`activity_start:${id}`, `activity_edit:${id}`, `activity_snooze_tomorrow:${id}`];
      for (const [i, action] of actions.entries()) {
        const list = lists[i]!;
        const answer = await slack.pressInEphemeral('UBEN', list.ts, list.channel, action);
        expect(shown(answer)).not.toContain(subject);
        expect(shown(answer.blocks)).toContain(
          `Activity #${id} no longer exists, or you can no longer see it.`,
        );
        expect(shown(answer.blocks)).not.toContain(`activity_undo:${id}`);
      }
      const done = await t.slack.slashCommand({ command: '/activity', text: `done ${id}`, userId: 'UBEN' });
      expect(shown(done.ack)).not.toContain(subject);
      expect(shown(done.ack)).toContain(`There is no activity #${id} that you can see.`);
      expect((await stored(id)).status).toBe('NOT_STARTED');
    });

    it('after 30 days even its deleter sees nothing of it: no subject, no Undo, from any old button', async () => {
      const { id, card } = await deletedOnBensLists();
      clock.advance(31 * 24 * 60 * 60 * 1000);
      const undo = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_undo:${id}`);
      expect(shown(undo)).not.toContain(subject);
      expect(undo.text).toContain(
        `Activity #${id} was deleted more than 30 days ago and can no longer be restored.`,
      );
      expect(shown(undo.blocks)).not.toContain(`activity_undo:${id}`);
      const done = await t.slack.slashCommand({ command: '/activity', text: `done ${id}`, userId: 'UANNA' });
      expect(shown(done.ack)).not.toContain(subject);
      expect((await stored(id)).deletedAt).not.toBeNull();
    });

    it('within 30 days its deleter still gets it back with Undo', async () => {
      const { id, card } = await deletedOnBensLists();
      clock.advance(29 * 24 * 60 * 60 * 1000);
      const start = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_undo:${id}`);
      expect(start.text).toContain(`Activity #${id} is back.`);
      expect(shown(start.blocks)).toContain(subject);
      expect((await stored(id)).deletedAt).toBeNull();
    });
  });

  it('App Home: Done now and Snooze on an activity handed over meanwhile act on nothing and redraw the Home without it', async () => {
    for (const [action, option] of [
      ['home_done', undefined],
      ['home_snooze', 'tomorrow'],
    ] as const) {
      const id = await logActivity('UANNA', { Subject: `On my Home for ${action}` });
      await openHome('UANNA');
      await handOver(id, 'UBEN');
      const before = await stored(id);
      const since = t.double.calls.length;
      const home = t.double.homeView('UANNA') as SlackView;
      await t.slack.blockActions({
        userId: 'UANNA',
        actionId: `${action}:${id}`,
        selectedOption: option,
        container: { type: 'view', viewId: home.id },
      });
      // The Home published in answer to the press is the one with a notice on top.
      const published = await t.double.waitForCall(
        'views.publish',
        (call) => call.args.user_id === 'UANNA' && shown(call.args.view).includes('home_notice'),
        { since },
      );
      const redrawn = shown(published.args.view);
      expect(redrawn).toContain(`Activity #${id} has been handed over to <@UBEN> meanwhile`);
      expect(redrawn).not.toContain(`On my Home for ${action}`);
      expect(await stored(id)).toEqual(before);
    }
  });

  it('an assignment DM: Done now after the activity was taken back updates the DM with what changed', async () => {
    const id = await logActivity('UANNA', { Subject: 'Given to Ben', Responsible: 'UBEN' });
    const dm = await t.double.waitForCall('chat.postMessage', (call) =>
      JSON.stringify(call.args).includes(`activity_done:${id}`),
    );
    const channel = String((dm.response as { channel: string }).channel);
    const ts = String((dm.response as { ts: string }).ts);
    await handOver(id, 'UANNA');
    const before = await stored(id);
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UBEN',
      actionId: `activity_done:${id}`,
      container: { type: 'message', channelId: channel, messageTs: ts },
    });
    await t.double.waitForCall('chat.update', undefined, { since });
    const updated = shown(t.double.message(channel, ts)?.blocks);
    expect(updated).toContain(`handed over to <@UANNA> meanwhile`);
    expect(updated).toContain('*Responsible*\\n<@UANNA>');
    expect(await stored(id)).toEqual(before);
  });
});
