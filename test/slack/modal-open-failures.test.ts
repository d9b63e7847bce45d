import { eventually } from '../api/api-client';
import { activitySlack, addPerson, SettableClock, workspaceOf } from '../support/fixtures/activities';
import type { Fault, SlackView } from '../support/slack-double';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');
const CHANNEL = 'CSALES';

const FAULTS: Record<string, { fault: Fault; en: string; sv: string }> = {
  'answers 500': {
    fault: { status: 500 },
    en: 'Slack could not open the form because of a problem on Slack’s side. Try again in a minute',
    sv: 'Slack kunde inte öppna formuläret på grund av ett fel hos Slack. Försök igen om en minut',
  },
  'answers 429': {
    // Slack's client waits out Retry-After before it gives up, and takes the same path for 0
    // as for Slack's usual 1 s, which would be a second of waiting in each of these tests.
    fault: { status: 429, retryAfter: 0 },
    en: 'Slack is busy right now and did not open the form. Wait a few seconds, then try again.',
    sv: 'Slack har mycket att göra just nu och öppnade inte formuläret. Vänta några sekunder och försök igen.',
  },
  'took over 3 s (expired_trigger_id)': {
    fault: { error: 'expired_trigger_id' },
    en: 'Slack took too long to open the form, so it did not open. Please try again',
    sv: 'Slack tog för lång tid på sig att öppna formuläret, så det öppnades inte. Försök igen',
  },
};

/**
 * When Slack does not open a modal the user asked for, they are told, only them,
 * in their language, what happened and what to try — on every surface that opens one.
 */
describe('Slack failing to open a modal', () => {
  let t: TestApp;
  let activityId: number;
  let personId: number;

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW), env: { ADMIN_SLACK_USER_IDS: 'UANNA,USVEN' } });
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    t.double.addChannel({ id: CHANNEL, name: 'sales' });
    const pia = await addPerson(t.app.database.prisma, (await workspaceOf(t)).id, { name: 'Pia Person' });
    personId = pia.id;
    activityId = await activitySlack(t).logActivity('UANNA', pia);
  });
  afterEach(() => t.double.clearFaults());
  afterAll(() => t.stop());

  /** What the user can read that came after `mark`: ephemeral messages and their DM with the app. */
  function seenBy(userId: string, mark = { ephemeral: 0, dm: 0 }) {
    const ephemeral = t.double.ephemeralMessages({ user: userId });
    const dm = t.double.messages(t.double.dmChannelFor(userId));
    return {
      mark: { ephemeral: ephemeral.length, dm: dm.length },
      text: [...ephemeral.slice(mark.ephemeral), ...dm.slice(mark.dm)].map((m) => m.text ?? '').join('\n'),
    };
  }

  /** Does `act`, then waits until the user was told `text` (Slack's answer may come after the ack). */
  async function toldAfter(userId: string, act: () => Promise<unknown>, text: string): Promise<void> {
    const { mark } = seenBy(userId);
    await act();
    await eventually(() => expect(seenBy(userId, mark).text).toContain(text), 10_000);
  }

  /** A card in the channel with one Edit button, pressed by `userId`. */
  function pressOnCard(userId: string, actionId: string, value?: number) {
    const button = { type: 'button', action_id: actionId, text: { type: 'plain_text', text: 'Edit' } };
    const card = t.double.workspace.channels.post(CHANNEL, {
      text: 'card',
      user: 'UANNA',
      blocks: [
        { type: 'actions', elements: [value === undefined ? button : { ...button, value: String(value) }] },
      ],
    });
    return t.slack.blockActions({
      userId,
      actionId,
      container: { type: 'message', channelId: CHANNEL, messageTs: card.ts },
    });
  }

  const surfaces: Record<string, (userId: string) => Promise<unknown>> = {
    '/activity (Log activity)': (userId) =>
      t.slack.slashCommand({ command: '/activity', userId, channelId: CHANNEL }),
    '/contact new': (userId) =>
      t.slack.slashCommand({ command: '/contact', text: 'new Nils', userId, channelId: CHANNEL }),
    '/activity admin': (userId) =>
      t.slack.slashCommand({ command: '/activity', text: 'admin', userId, channelId: CHANNEL }),
    'the Log activity shortcut': (userId) => t.slack.globalShortcut({ userId, callbackId: 'log_activity' }),
    'the Log as activity message shortcut': (userId) => {
      const message = t.double.workspace.channels.post(CHANNEL, { text: 'Call Pia', user: 'UANNA' });
      return t.slack.messageShortcut({
        userId,
        callbackId: 'log_message_as_activity',
        channelId: CHANNEL,
        message: { ts: message.ts, text: 'Call Pia', user: 'UANNA' },
      });
    },
    'Edit on an activity card': (userId) => pressOnCard(userId, `activity_edit:${activityId}`),
    'Edit on a person card': (userId) => pressOnCard(userId, `contact_edit_person:${personId}`, personId),
    'Edit in App Home': async (userId) => {
      await t.slack.appHomeOpened({ userId });
      await t.double.waitForCall('views.publish');
      const home = t.double.homeView(userId) as SlackView;
      return t.slack.blockActions({
        userId,
        actionId: `home_edit:${activityId}`,
        container: { type: 'view', viewId: home.id },
      });
    },
  };

  describe.each(Object.entries(FAULTS))('when views.open %s', (_name, { fault, en }) => {
    it.each(Object.keys(surfaces))('tells the user what happened after %s', async (surface) => {
      t.double.fail('views.open', fault);
      await toldAfter('UANNA', () => surfaces[surface]!('UANNA'), en);
    });
  });

  it('tells a Swedish user in Swedish', async () => {
    for (const { fault, sv } of Object.values(FAULTS)) {
      t.double.fail('views.open', fault);
      await toldAfter('USVEN', () => surfaces['/activity (Log activity)']!('USVEN'), sv);
    }
  });

  it('logs these as warnings about Slack, not as errors of the app', () => {
    expect(t.logs.filter((line) => line.level === 50)).toEqual([]);
    expect(t.logs.some((line) => String(line.msg).startsWith('Slack did not open the modal (expired)'))).toBe(
      true,
    );
  });
});
