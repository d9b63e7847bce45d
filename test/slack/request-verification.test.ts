import { startTestApp, type TestApp } from '../support/test-app';

describe('requests not from Slack', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UANNA' });
  });
  afterAll(() => t.stop());

  const command = () =>
    new URLSearchParams({
      command: '/activity',
      text: 'help',
      user_id: 'UANNA',
      team_id: t.double.teamId,
      channel_id: 'D1',
      trigger_id: t.double.issueTriggerId(),
      response_url: t.double.issueResponseUrl(),
    }).toString();

  async function nothingHappened(): Promise<void> {
    expect(t.double.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
    expect(await t.app.database.prisma.employee.count()).toBe(0);
  }

  beforeEach(() => t.double.clearCalls());

  it('refuses a forged signature with 401', async () => {
    const body = command();
    const response = await t.slack.rawPost(body, {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Slack-Request-Timestamp': String(Math.floor(Date.now() / 1000)),
      'X-Slack-Signature': `v0=${'0'.repeat(64)}`,
    });
    expect(response.status).toBe(401);
    await nothingHappened();
  });

  it('refuses a correctly signed request older than 5 minutes with 401', async () => {
    const body = command();
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await t.slack.rawPost(body, {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...t.slack.sign(body, sixMinutesAgo),
    });
    expect(response.status).toBe(401);
    await nothingHappened();
  });

  it('refuses a correctly signed request more than 5 minutes in the future with 401, and logs it', async () => {
    const body = command();
    const sixMinutesAhead = Math.floor(Date.now() / 1000) + 6 * 60;
    const response = await t.slack.rawPost(body, {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...t.slack.sign(body, sixMinutesAhead),
    });
    expect(response.status).toBe(401);
    await nothingHappened();
    expect(t.logs).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'refused a Slack request signed in the future' }),
    );
  });

  it('refuses a signed but malformed body without answering it', async () => {
    const body = 'payload=%7Bnot-json';
    const response = await t.slack.rawPost(body, {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...t.slack.sign(body),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    await nothingHappened();
  });

  it('refuses a request without signature headers', async () => {
    const response = await t.slack.rawPost(command(), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(401);
    await nothingHappened();
  });

  // Last: an accepted command records its user, which the tests above check did not happen.
  it('accepts a request signed a little ahead, as a Slack clock slightly ahead of ours would', async () => {
    const body = command();
    const response = await t.slack.rawPost(body, {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...t.slack.sign(body, Math.floor(Date.now() / 1000) + 60),
    });
    expect(response.status).toBe(200);
  });
});
