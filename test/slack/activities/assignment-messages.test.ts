import { buttonActionId } from '../../../src/slack/views/activities/activity-actions';
import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import { startTestApp, type TestApp } from '../../support/test-app';

// Monday 2 March 2026: 09:00 in New York, 15:00 in Stockholm, working time for everyone (product §5.6).
const NOW = new Date('2026-03-02T14:00:00Z');
const MINUTE = 60_000;
const START = new Date('2026-03-03T14:30:00Z');

describe('assignment messages: the new responsible hears about it, nobody else', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let pia: { id: number; name: string };
  const prisma = () => t.app.database.prisma;
  const person = () => ({ text: { type: 'plain_text', text: pia.name }, value: String(pia.id) });
  /** Messages the app posted since `since`, with the conversation Slack put each in. */
  const dmsSince = (since: number) =>
    t.double.calls
      .slice(since)
      .filter((call) => call.method === 'chat.postMessage' && call.status === 200)
      .map((call) => ({
        ...(call.args as { text: string; blocks: unknown[] }),
        channel: String((call.response as { channel?: string }).channel),
      }));
  const dmTo = (userId: string, since: number) =>
    dmsSince(since).filter((message) => message.channel === t.double.dmChannelFor(userId));

  async function logFor(responsible: string, fill: Record<string, unknown> = {}) {
    const view = await slack.openForm('UANNA');
    const { result, since } = await slack.submit('UANNA', view.id, {
      Person: person(),
      Type: 'Meeting',
      Subject: 'Quarterly review',
      Start: START,
      Responsible: responsible,
      ...fill,
    });
    expect(result.ack).toBeUndefined();
    await slack.savedCard(since);
    const stored = await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    return { since, stored };
  }

  async function edit(userId: string, id: number, fill: Record<string, unknown>) {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `edit ${id}`, userId });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView(userId)!;
    const submitted = await slack.submit(userId, view.id, fill);
    expect(submitted.result.ack).toBeUndefined();
    await slack.savedCard(submitted.since);
    return submitted.since;
  }

  async function settle() {
    // Assignment messages go out after the save is answered: wait until the app has sent them.
    await t.app.idle();
  }

  const clock = new SettableClock(NOW);
  // Each test's messages apart from the last test's: assignments within two minutes fold (§5.6).
  beforeEach(() => clock.advance(3 * MINUTE));

  beforeAll(async () => {
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben', locale: 'sv-SE', tz: 'America/New_York' });
    t.double.addUser({ id: 'UCLEO', name: 'cleo' });
    pia = await addPerson(prisma(), (await workspaceOf(t)).id, { name: 'Pia Person' });
  });
  afterAll(() => t.stop());

  it('DMs the card with its buttons to someone else made responsible, in their language and time zone', async () => {
    const { since, stored } = await logFor('UBEN');
    await t.double.waitForCall('chat.postMessage', undefined, { since });
    const [message, ...more] = dmTo('UBEN', since);
    expect(more).toHaveLength(0);
    expect(message?.text).toContain(`<@UANNA> gjorde dig ansvarig för aktivitet #${stored.id}.`);
    const blocks = JSON.stringify(message?.blocks);
    expect(blocks).toContain('Quarterly review');
    expect(blocks).toContain('Möte');
    expect(blocks).toContain('Ej påbörjad');
    // 14:30 UTC is 09:30 in New York.
    expect(blocks).toContain('09:30');
    expect(blocks).toContain(`"action_id":"${buttonActionId('done', stored.id)}"`);
    expect(blocks).toContain(`"action_id":"${buttonActionId('edit', stored.id)}"`);
    expect(dmsSince(since).filter((m) => m.channel !== t.double.dmChannelFor('UBEN'))).toHaveLength(0);
    // Posted to the user id: no conversations.open, which Slack allows only ~50 times a minute.
    expect(t.double.calls.slice(since).filter((call) => call.method === 'conversations.open')).toHaveLength(
      0,
    );
  });

  it('sends nothing when you make yourself responsible', async () => {
    const { since } = await logFor('UANNA');
    await settle();
    expect(dmsSince(since)).toHaveLength(0);
    expect(t.double.calls.slice(since).filter((call) => call.method === 'chat.postMessage')).toHaveLength(0);
  });

  it('DMs the new responsible on reassignment, and nobody when the responsible stays', async () => {
    const { stored } = await logFor('UANNA');
    const reassigned = await edit('UANNA', stored.id, { Responsible: 'UCLEO' });
    await t.double.waitForCall('chat.postMessage', undefined, { since: reassigned });
    const toCleo = dmTo('UCLEO', reassigned);
    expect(toCleo).toHaveLength(1);
    expect(toCleo[0]?.text).toContain(`<@UANNA> made you responsible for activity #${stored.id}.`);

    const unchanged = await edit('UANNA', stored.id, { Subject: 'Quarterly review, moved' });
    await settle();
    expect(dmsSince(unchanged)).toHaveLength(0);

    // Cleo giving it back to Anna tells Anna, not Cleo.
    const back = await edit('UCLEO', stored.id, { Responsible: 'UANNA' });
    await t.double.waitForCall('chat.postMessage', undefined, { since: back });
    expect(dmTo('UANNA', back)).toHaveLength(1);
    expect(dmTo('UCLEO', back)).toHaveLength(0);
  });

  it('sends a private activity only to its responsible', async () => {
    const { since, stored } = await logFor('UCLEO', {
      Subject: 'Salary talk',
      'Only visible to responsible': true,
    });
    await t.double.waitForCall('chat.postMessage', undefined, { since });
    await settle();
    const posted = dmsSince(since);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.channel).toBe(t.double.dmChannelFor('UCLEO'));
    expect(JSON.stringify(posted[0]?.blocks)).toContain('Salary talk');
    // Anna's own confirmation does not show it.
    const ephemeral = t.double.ephemeralMessages({ user: 'UANNA' }).at(-1);
    expect(JSON.stringify(ephemeral)).not.toContain('Salary talk');
    expect(stored.isPrivate).toBe(true);
  });

  it('keeps the activity when the message cannot be sent, and logs why', async () => {
    t.double.fail('chat.postMessage', { error: 'user_disabled' });
    const before = await prisma().activity.count();
    const { since, stored } = await logFor('UBEN', { Subject: 'Still saved' });
    await settle();
    expect(await prisma().activity.count()).toBe(before + 1);
    expect(stored.subject).toBe('Still saved');
    expect(dmTo('UBEN', since)).toHaveLength(0);
    expect(
      t.logs.some((line) => String(line.msg).includes(`could not tell UBEN about activity #${stored.id}`)),
    ).toBe(true);
  });
});
