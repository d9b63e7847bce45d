import { startTestApp, type TestApp } from '../support/test-app';

describe.each(['http', 'socket'] as const)('/activity help over %s', (mode) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ mode });
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
  });
  afterAll(() => t.stop());

  function texts(ack: unknown): string {
    return JSON.stringify(ack);
  }

  it('answers ephemerally with every command of the help, in English', async () => {
    const result = await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UANNA' });
    expect(result.status).toBe(200);
    expect(result.ack?.response_type).toBe('ephemeral');
    const shown = texts(result.ack);
    for (const command of [
      '/activity list',
      '/activity show|edit|done',
      '/activity stats',
      '/activity export',
      '/activity settings',
      '/activity admin',
      '/contact new',
    ]) {
      expect(shown).toContain(command);
    }
    expect(shown).toContain('Log activity');
    expect(t.double.ephemeralMessages({ user: 'UANNA' })).toHaveLength(1);
  });

  it('speaks Swedish to a user whose Slack locale is Swedish', async () => {
    const result = await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'USVEN' });
    expect(texts(result.ack)).toContain('Registrera aktivitet');
    expect(texts(result.ack)).not.toContain('Log activity');
  });

  it('takes words that are no subcommand as quick add: the form opens, no help', async () => {
    const opened = t.double.callsTo('views.open').length;
    const since = t.double.calls.length;
    const result = await t.slack.slashCommand({
      command: '/activity',
      text: 'frobnicate now',
      userId: 'UANNA',
    });
    expect(result.status).toBe(200);
    expect(JSON.stringify(result.ack ?? {})).not.toContain('/activity list');
    await t.double.waitForCall('views.open', undefined, { since });
    expect(t.double.callsTo('views.open')).toHaveLength(opened + 1);
    expect(t.double.latestView('UANNA')?.callback_id).toBe('activity_form');
  });

  it('takes stats and export as their commands, never as an activity called “stats”', async () => {
    const since = t.double.calls.length;
    const stats = await t.slack.slashCommand({ command: '/activity', text: 'stats month', userId: 'UANNA' });
    expect(stats.ack?.text).toBe('Working out the statistics…');
    const exported = await t.slack.slashCommand({ command: '/activity', text: 'export', userId: 'USVEN' });
    expect(exported.ack?.text).toBe('Förbereder din export…');
    expect(t.double.calls.slice(since).filter((call) => call.method === 'views.open')).toEqual([]);
  });

  it('still answers in time, in the workspace language, when Slack is too slow to say who the user is', async () => {
    t.double.addUser({ id: `USLOW${mode}`, locale: 'sv-SE' });
    // Slack does not answer users.info at all until the test lets it: the help must come first.
    t.double.fail('users.info', { hold: true });
    const result = await t.slack.slashCommand({ command: '/activity', text: 'help', userId: `USLOW${mode}` });
    expect(result.status).toBe(200);
    // Someone Touchbase cannot tell is staff (not a guest) is asked to try again, and shown nothing else.
    expect(result.ack).toEqual({
      response_type: 'ephemeral',
      text: 'Touchbase could not check your account with Slack just now. Please try again in a moment.',
    });
    expect(t.double.callsTo('users.info').filter((c) => c.args.user === `USLOW${mode}`)).toEqual([]);
    t.double.releaseHeld('users.info');
  });

  it('answers /contact with the same help', async () => {
    const result = await t.slack.slashCommand({ command: '/contact', text: '', userId: 'UANNA' });
    expect(texts(result.ack)).toContain('/contact new');
  });
});
