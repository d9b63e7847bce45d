import { activitySlack, addPerson, SettableClock, workspaceOf } from '../support/fixtures/activities';
import type { SlackView } from '../support/slack-double';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');

/**
 * The everyday surfaces once more with Slack talking over Socket Mode instead of
 * HTTP: shortcuts, quick add, the form, buttons on an ephemeral card, Snooze,
 * App Home and Settings all travel the other transport's envelopes and acks.
 */
describe('everyday surfaces over Socket Mode', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let personId: number;
  const prisma = () => t.app.database.prisma;
  const calls = () => t.double.calls.length;

  beforeAll(async () => {
    t = await startTestApp({ mode: 'socket', clock: new SettableClock(NOW) });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben', locale: 'sv-SE' });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    personId = (await addPerson(prisma(), (await workspaceOf(t)).id, { name: 'Pia Person' })).id;
  });
  afterAll(() => t.stop());

  it('runs in Socket Mode', () => {
    expect(t.app.mode).toBe('socket');
  });

  it('quick add opens a prefilled form; saving it answers with a card whose Snooze acts in place', async () => {
    const form = await slack.openForm('UANNA', 'Pia Person demo tomorrow 10:00');
    const prefilled = JSON.stringify(form.blocks);
    expect(prefilled).toContain('"initial_value":"demo"');
    expect(prefilled).toContain(`"value":"${personId}"`);
    const { result, since } = await slack.submit('UANNA', form.id, { Type: 'Meeting' });
    expect(result.ack).toBeUndefined();
    await slack.savedCard(since);
    const id = (await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
    const card = slack.lastEphemeral('UANNA');
    const snoozed = await slack.pressInEphemeral(
      'UANNA',
      card.ts,
      card.channel,
      `activity_snooze_next_week:${id}`,
    );
    expect(snoozed.text).toContain(`Activity #${id} snoozed until 9 Mar 2026`);
    expect((await prisma().activity.findUniqueOrThrow({ where: { id } })).startAt).toEqual(
      new Date('2026-03-09T07:00:00Z'),
    );
  });

  it('both shortcuts open the form; the message shortcut keeps the message as notes', async () => {
    let since = calls();
    await t.slack.globalShortcut({ userId: 'UANNA', callbackId: 'log_activity' });
    await t.double.waitForCall('views.open', undefined, { since });
    expect(t.double.latestView('UANNA')?.callback_id).toBe('activity_form');

    const message = t.double.workspace.channels.post('CSALES', { text: 'Pia wants an offer', user: 'UBEN' });
    since = calls();
    await t.slack.messageShortcut({
      userId: 'UANNA',
      callbackId: 'log_message_as_activity',
      channelId: 'CSALES',
      message: { ts: message.ts, text: 'Pia wants an offer', user: 'UBEN' },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    expect(JSON.stringify(t.double.latestView('UANNA')?.blocks)).toContain('Pia wants an offer');
  });

  it('App Home opens, and Done now in it acts and publishes it again', async () => {
    let since = calls();
    await t.slack.appHomeOpened({ userId: 'UANNA' });
    await t.double.waitForCall('views.publish', undefined, { since });
    const home = t.double.homeView('UANNA') as SlackView;
    const id = (await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
    expect(JSON.stringify(home.blocks)).toContain(`home_done:${id}`);
    since = calls();
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: `home_done:${id}`,
      container: { type: 'view', viewId: home.id },
    });
    // A redraw the Home refresher had folded from earlier changes may publish first: wait for this one.
    const done = await t.double.waitForCall(
      'views.publish',
      (call) => JSON.stringify(call.args).includes(`Activity #${id} is done.`),
      { since },
    );
    expect(done.args.user_id).toBe('UANNA');
    expect((await prisma().activity.findUniqueOrThrow({ where: { id } })).status).toBe('DONE');
  });

  it('Settings round trip: a Swedish user switches to English and the next answer is in English', async () => {
    const since = calls();
    await t.slack.slashCommand({ command: '/activity', text: 'settings', userId: 'UBEN' });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView('UBEN') as SlackView;
    expect(JSON.stringify(view.blocks)).toContain('Språk');
    const result = await t.slack.viewSubmission({
      userId: 'UBEN',
      viewId: view.id,
      fill: { Språk: 'English', 'Daglig sammanfattning': 'on', 'Tid för sammanfattningen': '09:00' },
    });
    expect(result.ack).toMatchObject({ response_action: 'update' });
    expect(await prisma().employee.findFirstOrThrow({ where: { slackUserId: 'UBEN' } })).toMatchObject({
      preferredLocale: 'en',
      digestHour: 9,
    });
    const help = await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UBEN' });
    expect(JSON.stringify(help.ack)).toContain('log and follow up');
  });
});
