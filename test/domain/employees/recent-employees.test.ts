import type { Clock } from '../../../src/domain/clock';
import { startTestApp, type TestApp } from '../../support/test-app';

class MovableClock implements Clock {
  constructor(private at: number) {}
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

describe('who the user is, between requests', () => {
  const clock = new MovableClock(Date.parse('2026-12-01T09:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ clock });
    t.double.addUser({ id: 'USVEN', locale: 'sv-SE' });
  });
  afterAll(() => t.stop());

  const help = async () =>
    JSON.stringify((await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'USVEN' })).ack);

  it('is asked of Slack once a day, not on every request', async () => {
    await help();
    await help();
    await help();
    expect(t.double.callsTo('users.info')).toHaveLength(1);
    clock.advance(25 * 60 * 60 * 1000);
    await help();
    expect(t.double.callsTo('users.info')).toHaveLength(2);
  });

  it('takes a change made elsewhere (another replica) into account within a minute', async () => {
    expect(await help()).toContain('Registrera aktivitet');
    await t.app.database.prisma.employee.updateMany({
      where: { slackUserId: 'USVEN' },
      data: { preferredLocale: 'en' },
    });
    clock.advance(30_000);
    expect(await help()).toContain('Registrera aktivitet');
    clock.advance(31_000);
    expect(await help()).toContain('Log activity');
  });
});
