import { activitySlack, addPerson, SettableClock, workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';

const CHANNEL = 'CSALES';

/**
 * The one error path of Slack requests (src/slack/app-errors): a refusal is said on the
 * surface the user acted on; anything else is logged as ours, and the user is told,
 * in their language, that something went wrong — never left with nothing.
 */
describe('errors in Slack listeners', () => {
  let t: TestApp;
  let activityId: number;

  beforeAll(async () => {
    t = await startTestApp({
      clock: new SettableClock(new Date('2026-03-02T09:00:00Z')),
      env: { ADMIN_SLACK_USER_IDS: 'UANNA' },
    });
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    t.double.addChannel({ id: CHANNEL, name: 'sales' });
    const pia = await addPerson(t.app.database.prisma, (await workspaceOf(t)).id, { name: 'Pia Person' });
    activityId = await activitySlack(t).logActivity('UANNA', pia);
  });
  afterEach(() => t.double.clearFaults());
  afterAll(() => t.stop());

  const ephemeralTexts = (userId: string) =>
    t.double.ephemeralMessages({ user: userId }).map((m) => m.text ?? '');
  const errorLogs = () => t.logs.filter((line) => Number(line.level) >= 50);

  it('a modal Slack refuses as ours is logged, and the user told something went wrong', async () => {
    const before = { told: ephemeralTexts('USVEN').length, logged: errorLogs().length };
    t.double.fail('views.open', { error: 'invalid_arguments' });
    await t.slack.slashCommand({
      command: '/activity',
      text: `edit ${activityId}`,
      userId: 'USVEN',
      channelId: CHANNEL,
    });
    await t.app.idle();
    expect(ephemeralTexts('USVEN').slice(before.told)).toContain(
      'Något gick fel hos oss. Försök igen om en stund.',
    );
    expect(errorLogs().length).toBeGreaterThan(before.logged);
  });

  it('a refusal is said to the user alone, as the answer to their command, and is not logged as an error', async () => {
    const logged = errorLogs().length;
    const answer = await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'USVEN' });
    expect(answer.ack).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(answer.ack)).toContain('administratör');
    await t.app.idle();
    expect(errorLogs()).toHaveLength(logged);
  });
});
