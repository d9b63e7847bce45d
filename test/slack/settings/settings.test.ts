import { startTestApp, type TestApp } from '../../support/test-app';

describe('Settings: language and daily digest', () => {
  let t: TestApp;
  const prisma = () => t.app.database.prisma;
  const employee = (slackUserId: string) => prisma().employee.findFirstOrThrow({ where: { slackUserId } });

  async function openSettings(userId: string) {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: 'settings', userId });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView(userId)!;
    expect(view.callback_id).toBe('settings_form');
    return view;
  }

  const helpTitle = async (userId: string) => {
    const answer = await t.slack.slashCommand({ command: '/activity', text: 'help', userId });
    return JSON.stringify(answer.ack);
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
  });
  afterAll(() => t.stop());

  it('opens on the defaults: language from Slack, digest on at 08:00 on weekdays', async () => {
    const view = await openSettings('UANNA');
    const shown = JSON.stringify(view.blocks);
    expect(view.title).toMatchObject({ text: 'Settings' });
    const initial = (blockId: string) =>
      (view.blocks.find((b) => b.block_id === blockId) as { element: Record<string, unknown> }).element;
    expect(initial('settings_locale').initial_option).toMatchObject({ value: 'auto' });
    expect(initial('settings_digest').initial_option).toMatchObject({ value: 'on' });
    expect(initial('settings_hour').initial_option).toMatchObject({ value: '8', text: { text: '08:00' } });
    expect((initial('settings_days').initial_options as { value: string }[]).map((o) => o.value)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(shown).toContain('Sunday');
  });

  it('switches to Swedish and stores the digest; the very next answer is in Swedish', async () => {
    expect(await helpTitle('UANNA')).toContain('log and follow up');
    const view = await openSettings('UANNA');
    const result = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: {
        Language: 'Svenska',
        'Daily digest': 'on',
        'Digest time': '07:00',
        'Digest days': ['Monday', 'Wednesday', 'Sunday'],
      },
    });
    expect(result.ack).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(result.ack)).toContain('Dina inställningar är sparade.');
    expect(await employee('UANNA')).toMatchObject({
      preferredLocale: 'sv',
      digestEnabled: true,
      digestHour: 7,
      digestDays: [1, 3, 7],
    });
    expect(await helpTitle('UANNA')).toContain('Touchbase — registrera och följ upp');
    // Her Home tab follows at once, without being reopened.
    await t.double.waitForCall('views.publish', (call) => call.args.user_id === 'UANNA');
    expect(JSON.stringify(t.double.homeView('UANNA')?.blocks)).toContain('Dina aktiviteter');
    // Only Anna chose Swedish.
    expect(await helpTitle('UBEN')).toContain('log and follow up');
    const again = await openSettings('UANNA');
    expect(again.title).toMatchObject({ text: 'Inställningar' });
  });

  it('refuses digests on without a day, in the user’s language, and changes nothing', async () => {
    const before = await employee('UANNA');
    const view = await openSettings('UANNA');
    const result = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Språk: 'English', 'Daglig sammanfattning': 'on', 'Dagar för sammanfattningen': [] },
    });
    expect(result.ack).toEqual({
      response_action: 'errors',
      errors: { settings_days: 'Välj minst en dag, eller stäng av sammanfattningen.' },
    });
    const after = await employee('UANNA');
    expect(after).toMatchObject({
      preferredLocale: before.preferredLocale,
      digestDays: before.digestDays,
      digestHour: before.digestHour,
    });
    expect(t.double.isViewOpen(view.id)).toBe(true);
  });

  it('turns the digest off without days and goes back to Slack’s language', async () => {
    const view = await openSettings('UANNA');
    const result = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: {
        Språk: 'Automatiskt (från Slack)',
        'Daglig sammanfattning': 'off',
        'Tid för sammanfattningen': '23:00',
        'Dagar för sammanfattningen': [],
      },
    });
    expect(JSON.stringify(result.ack)).toContain('Your settings are saved.');
    expect(await employee('UANNA')).toMatchObject({
      preferredLocale: null,
      digestEnabled: false,
      digestHour: 23,
      digestDays: [],
    });
    expect(await helpTitle('UANNA')).toContain('log and follow up');
  });

  it('opens from a Settings button anywhere (action settings_open)', async () => {
    const dm = t.double.dmChannelFor('UBEN');
    const message = t.double.workspace.channels.post(dm, {
      text: 'Settings',
      blocks: [
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'settings_open', text: { type: 'plain_text', text: 'Settings' } },
          ],
        },
      ],
    });
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UBEN',
      actionId: 'settings_open',
      container: { type: 'message', channelId: dm, messageTs: message.ts },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    expect(t.double.latestView('UBEN')?.callback_id).toBe('settings_form');
  });

  it('stores working hours and days (product §5.6), and refuses hours that end before they start, in Swedish', async () => {
    const view = await openSettings('UBEN');
    const initial = (blockId: string) =>
      (view.blocks.find((b) => b.block_id === blockId) as { element: Record<string, unknown> }).element;
    expect(initial('settings_work_start').initial_option).toMatchObject({
      value: '8',
      text: { text: '08:00' },
    });
    expect(initial('settings_work_end').initial_option).toMatchObject({
      value: '18',
      text: { text: '18:00' },
    });
    expect(
      (initial('settings_work_days').initial_options as { value: string }[]).map((o) => o.value),
    ).toEqual(['1', '2', '3', '4', '5']);
    const saved = await t.slack.viewSubmission({
      userId: 'UBEN',
      viewId: view.id,
      fill: {
        Language: 'Svenska',
        'Daily digest': 'on',
        'Digest time': '08:00',
        'Digest days': ['Monday'],
        'Working hours from': '07:00',
        'Working hours until': '16:00',
        'Working days': ['Monday', 'Tuesday', 'Thursday'],
      },
    });
    expect(saved.ack).toMatchObject({ response_action: 'update' });
    expect(await employee('UBEN')).toMatchObject({ workStartHour: 7, workEndHour: 16, workDays: [1, 2, 4] });

    const swedish = await openSettings('UBEN');
    expect(JSON.stringify(swedish.blocks)).toContain('Arbetstid från');
    const refused = await t.slack.viewSubmission({
      userId: 'UBEN',
      viewId: swedish.id,
      fill: { 'Arbetstid från': '17:00', 'Arbetstid till': '09:00' },
    });
    expect(refused.ack).toEqual({
      response_action: 'errors',
      errors: { settings_work_end: 'Arbetstiden måste sluta efter att den börjar.' },
    });
    expect(await employee('UBEN')).toMatchObject({ workStartHour: 7, workEndHour: 16, workDays: [1, 2, 4] });
  });
});
