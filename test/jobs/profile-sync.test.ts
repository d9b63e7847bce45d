import { SettableClock } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * product §5.2: digests go out in each employee's own time zone, "from Slack, refreshed
 * daily" — also for someone who never opens the app between two digests.
 */
describe('the daily refresh of employee profiles from Slack', () => {
  let t: TestApp;
  const clock = new SettableClock(new Date('2026-12-01T12:00:00Z'));
  const prisma = () => t.app.database.prisma;
  const employee = (slackUserId: string) => prisma().employee.findFirst({ where: { slackUserId } });

  beforeAll(async () => {
    t = await startTestApp({ clock });
    t.double.addUser({ id: 'UMOVER', name: 'mo', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'ULEAVER', name: 'lea' });
    t.double.addUser({ id: 'USTRANGER', name: 'stranger' });
    for (const userId of ['UMOVER', 'ULEAVER']) {
      await t.slack.slashCommand({ command: '/activity', text: 'help', userId });
    }
  });
  afterAll(() => t.stop());

  it('refreshes every known employee from users.list, and makes nobody new an employee', async () => {
    t.double.addUser({ id: 'UMOVER', name: 'mo', tz: 'Asia/Tokyo', locale: 'sv-SE' });
    t.double.addUser({ id: 'ULEAVER', name: 'lea', deleted: true });
    clock.advance(60 * 60_000);
    const since = t.double.calls.length;

    const summary = await t.app.syncProfiles();

    expect(summary).toMatchObject({ refreshed: 2 });
    expect(summary?.seen).toBeGreaterThanOrEqual(3);
    expect(await employee('UMOVER')).toMatchObject({
      timezone: 'Asia/Tokyo',
      slackLocale: 'sv-SE',
      profileRefreshedAt: clock.now(),
    });
    expect(await employee('ULEAVER')).toMatchObject({ isDeleted: true });
    expect(await employee('USTRANGER')).toBeNull();
    const calls = t.double.calls.slice(since).map((call) => call.method);
    expect(calls).toContain('users.list');
    expect(calls).not.toContain('users.info');
  });

  it('the next answer already uses the new profile, without waiting for the in-memory cache', async () => {
    t.double.addUser({ id: 'UMOVER', name: 'mo', tz: 'Asia/Tokyo', locale: 'en-US' });
    await t.app.syncProfiles();
    const help = await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UMOVER' });
    expect(JSON.stringify(help.ack)).toContain('log and follow up');
    expect((await employee('UMOVER'))?.slackLocale).toBe('en-US');
  });

  it('a Slack failure is logged and changes nothing', async () => {
    const before = await employee('UMOVER');
    t.double.fail('users.list', { status: 500 });
    expect(await t.app.syncProfiles()).toBeNull();
    expect(await employee('UMOVER')).toEqual(before);
    expect(t.logs.some((line) => String(line.msg).includes('could not be refreshed'))).toBe(true);
  });
});
