import { WebClient } from '@slack/web-api';
import { recordingLogger, SlackDouble } from '../support/slack-double';

let double: SlackDouble;
let client: WebClient;

const clientFor = (token: string | undefined) =>
  new WebClient(token, {
    slackApiUrl: double.apiUrl,
    retryConfig: { retries: 0 },
    logger: recordingLogger(),
  });

beforeAll(async () => {
  double = await SlackDouble.start({ teamName: 'Acme Sales' });
  client = clientFor(double.botToken);
  double.addUser({ id: 'U1', name: 'alice', real_name: 'Alice A', email: 'alice@acme.test' });
  double.addUser({ id: 'U2', name: 'bob', tz: 'America/New_York', locale: 'sv-SE' });
  double.addChannel({ id: 'C1', name: 'sales' });
  double.addChannel({ id: 'C2', name: 'elsewhere', isMember: false });
});

afterAll(() => double.stop());

describe('auth', () => {
  test('auth.test answers with the bot identity', async () => {
    const res = await client.auth.test();
    expect(res).toMatchObject({
      ok: true,
      url: 'https://acme-sales.slack.com/',
      team: 'Acme Sales',
      team_id: 'T0001',
      user_id: 'UBOT',
      bot_id: 'B0001',
    });
  });

  test('bots.info names the app behind the bot, and no other bot', async () => {
    expect(await client.bots.info({ bot: 'B0001' })).toMatchObject({
      ok: true,
      bot: { id: 'B0001', app_id: 'A0001', user_id: 'UBOT' },
    });
    await expect(client.bots.info({ bot: 'B9999' })).rejects.toMatchObject({
      data: { error: 'bot_not_found' },
    });
  });

  test('wrong, missing and wrong-kind tokens are refused as Slack refuses them', async () => {
    await expect(clientFor('xoxb-wrong').auth.test()).rejects.toMatchObject({
      data: { error: 'invalid_auth' },
    });
    await expect(clientFor(undefined).auth.test()).rejects.toMatchObject({ data: { error: 'not_authed' } });
    await expect(clientFor(double.appToken).auth.test()).rejects.toMatchObject({
      data: { error: 'not_allowed_token_type' },
    });
    await expect(client.apps.connections.open()).rejects.toMatchObject({
      data: { error: 'not_allowed_token_type' },
    });
  });

  test('apps.connections.open with the app token returns a WebSocket URL on the double', async () => {
    const res = await clientFor(double.appToken).apps.connections.open();
    expect(res.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=/);
  });

  test('unknown methods are refused', async () => {
    await expect(client.apiCall('nope.nothing')).rejects.toMatchObject({ data: { error: 'unknown_method' } });
  });
});

describe('conversations and chat', () => {
  test('conversations.open gives one stable DM per user', async () => {
    const first = await client.conversations.open({ users: 'U1' });
    const again = await client.conversations.open({ users: 'U1' });
    const other = await client.conversations.open({ users: 'U2' });
    expect(first.channel?.id).toMatch(/^D/);
    expect(again.channel?.id).toBe(first.channel?.id);
    expect(other.channel?.id).not.toBe(first.channel?.id);
    expect(double.dmChannelFor('U1')).toBe(first.channel?.id);
    await expect(client.conversations.open({ users: 'UNOPE' })).rejects.toMatchObject({
      data: { error: 'user_not_found' },
    });
  });

  test('chat.postMessage stores the message; blocks arrive parsed and get block ids', async () => {
    const res = await client.chat.postMessage({
      channel: 'C1',
      text: 'fallback',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }],
    });
    expect(res).toMatchObject({
      ok: true,
      channel: 'C1',
      message: { text: 'fallback', user: 'UBOT', bot_id: 'B0001' },
    });
    expect(res.ts).toMatch(/^\d+\.\d{6}$/);
    const stored = double.message('C1', res.ts!);
    expect(stored?.blocks?.[0]?.block_id).toEqual(expect.any(String));
    expect(double.lastCall('chat.postMessage')?.args.blocks[0].text.text).toBe('*hi*');
  });

  test('posting to a user id lands in the DM; bad channels are refused', async () => {
    const res = await client.chat.postMessage({ channel: 'U2', text: 'psst' });
    expect(res.channel).toBe(double.dmChannelFor('U2'));
    await expect(client.chat.postMessage({ channel: 'C404', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(client.chat.postMessage({ channel: 'C2', text: 'x' })).rejects.toMatchObject({
      data: { error: 'not_in_channel' },
    });
    await expect(client.chat.postMessage({ channel: 'C1', text: '' })).rejects.toMatchObject({
      data: { error: 'no_text' },
    });
  });

  test('chat.update, chat.getPermalink and chat.postEphemeral', async () => {
    const posted = await client.chat.postMessage({ channel: 'C1', text: 'v1' });
    const updated = await client.chat.update({ channel: 'C1', ts: posted.ts!, text: 'v2' });
    expect(updated).toMatchObject({ ok: true, channel: 'C1', ts: posted.ts, text: 'v2' });
    expect(double.message('C1', posted.ts!)?.text).toBe('v2');
    await expect(client.chat.update({ channel: 'C1', ts: '1.000001', text: 'x' })).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
    const withBlocks = await client.chat.postMessage({
      channel: 'C1',
      text: 'b',
      blocks: [{ type: 'divider' }],
    });
    await client.chat.update({ channel: 'C1', ts: withBlocks.ts!, text: 'text only' });
    expect(double.message('C1', withBlocks.ts!)?.blocks).toHaveLength(1);
    await client.chat.update({ channel: 'C1', ts: withBlocks.ts!, text: 'cleared', blocks: [] });
    expect(double.message('C1', withBlocks.ts!)?.blocks).toBeUndefined();
    const link = await client.chat.getPermalink({ channel: 'C1', message_ts: posted.ts! });
    expect(link.permalink).toBe(`https://acme-sales.slack.com/archives/C1/p${posted.ts!.replace('.', '')}`);
    const eph = await client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'only you' });
    expect(eph.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(double.ephemeralMessages({ user: 'U1' })).toEqual([
      expect.objectContaining({ channel: 'C1', text: 'only you' }),
    ]);
  });
});

describe('users and team', () => {
  test('users.info has Slack fields; locale only with include_locale', async () => {
    const plain = await client.users.info({ user: 'U2' });
    expect(plain.user).toMatchObject({
      id: 'U2',
      team_id: 'T0001',
      name: 'bob',
      deleted: false,
      is_bot: false,
      tz: 'America/New_York',
      tz_label: expect.stringMatching(/Eastern/),
      profile: { email: 'bob@example.com', display_name: 'bob' },
    });
    expect([-14400, -18000]).toContain(plain.user?.tz_offset);
    expect(plain.user).not.toHaveProperty('locale');
    const withLocale = await client.users.info({ user: 'U2', include_locale: true });
    expect(withLocale.user?.locale).toBe('sv-SE');
    await expect(client.users.info({ user: 'U404' })).rejects.toMatchObject({
      data: { error: 'user_not_found' },
    });
  });

  test('defaults: Stockholm time zone, en-US, a real person', () => {
    const carol = double.addUser({ name: 'carol' });
    expect(carol).toMatchObject({ tz: 'Europe/Stockholm', locale: 'en-US', is_bot: false, deleted: false });
    expect([3600, 7200]).toContain(carol.tz_offset);
  });

  test('users.lookupByEmail', async () => {
    const res = await client.users.lookupByEmail({ email: 'ALICE@acme.test' });
    expect(res.user?.id).toBe('U1');
    await expect(client.users.lookupByEmail({ email: 'x@y.z' })).rejects.toMatchObject({
      data: { error: 'users_not_found' },
    });
  });

  test('users.list paginates with cursors and includes the bot and Slackbot', async () => {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of client.paginate('users.list', { limit: 2 })) {
      pages += 1;
      ids.push(...((page as { members?: { id: string }[] }).members ?? []).map((m) => m.id));
    }
    expect(pages).toBeGreaterThan(1);
    expect(ids).toEqual(expect.arrayContaining(['UBOT', 'USLACKBOT', 'U1', 'U2']));
    expect(new Set(ids).size).toBe(ids.length);
    const last = double.lastCall('users.list')?.response;
    expect(last.response_metadata.next_cursor).toBe('');
  });

  test('team.info', async () => {
    const res = await client.team.info();
    expect(res.team).toMatchObject({ id: 'T0001', name: 'Acme Sales', domain: 'acme-sales' });
  });
});

describe('views', () => {
  const modal = (title = 'Log contact') => ({
    type: 'modal' as const,
    callback_id: 'log',
    title: { type: 'plain_text' as const, text: title },
    submit: { type: 'plain_text' as const, text: 'Save' },
    private_metadata: 'ctx',
    blocks: [
      {
        type: 'input' as const,
        block_id: 'note',
        label: { type: 'plain_text' as const, text: 'Note' },
        element: { type: 'plain_text_input' as const, action_id: 'v', initial_value: 'hi' },
      },
    ],
  });

  test('views.open / push / update return Slack view objects', async () => {
    const opened = await client.views.open({
      trigger_id: double.issueTriggerId({ userId: 'U1' }),
      view: modal(),
    });
    expect(opened.view).toMatchObject({
      id: expect.stringMatching(/^V/),
      team_id: 'T0001',
      type: 'modal',
      callback_id: 'log',
      private_metadata: 'ctx',
      root_view_id: opened.view?.id,
      previous_view_id: null,
      app_id: 'A0001',
      bot_id: 'B0001',
      hash: expect.any(String),
      close: { type: 'plain_text', text: 'Cancel' },
      state: { values: {} },
    });
    const viewId = opened.view!.id!;
    const pushed = await client.views.push({
      trigger_id: double.issueTriggerId({ userId: 'U1', viewId }),
      view: modal('Step 2'),
    });
    expect(pushed.view).toMatchObject({ root_view_id: viewId, previous_view_id: viewId });
    const updated = await client.views.update({
      view_id: viewId,
      hash: opened.view!.hash,
      view: modal('Edited'),
    });
    expect(updated.view).toMatchObject({ id: viewId, title: { text: 'Edited' } });
    expect(updated.view?.hash).not.toBe(opened.view?.hash);
    await expect(
      client.views.update({ view_id: viewId, hash: opened.view!.hash, view: modal('Stale') }),
    ).rejects.toMatchObject({ data: { error: 'hash_conflict' } });
    await expect(client.views.update({ view_id: 'V404', view: modal() })).rejects.toMatchObject({
      data: { error: 'not_found' },
    });
  });

  test('views.update by external_id', async () => {
    const opened = await client.views.open({
      trigger_id: double.issueTriggerId({ userId: 'U1' }),
      view: { ...modal(), external_id: 'contact-42' },
    });
    const updated = await client.views.update({ external_id: 'contact-42', view: modal('By external id') });
    expect(updated.view).toMatchObject({ id: opened.view?.id, external_id: 'contact-42' });
  });

  test('views.publish stores the Home tab per user', async () => {
    const res = await client.views.publish({
      user_id: 'U1',
      view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Your contacts' } }] },
    });
    expect(res.view).toMatchObject({ type: 'home', id: expect.stringMatching(/^V/) });
    expect(double.homeView('U1')?.blocks[0]?.text.text).toBe('Your contacts');
    expect(double.homeView('U2')).toBeUndefined();
    await expect(client.views.publish({ user_id: 'U1', view: modal() as never })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });
});

describe('recording', () => {
  test('waitForCall finds past calls, waits for future ones, and explains timeouts', async () => {
    const since = double.calls.length;
    const later = double.waitForCall('chat.postMessage', (c) => c.args.text === 'later', { since });
    await client.chat.postMessage({ channel: 'C1', text: 'later' });
    await expect(later).resolves.toMatchObject({ status: 200, response: { ok: true } });
    await expect(double.waitForCall('auth.test')).resolves.toMatchObject({ method: 'auth.test' });
    await expect(double.waitForCall('reactions.add', undefined, { timeoutMs: 50 })).rejects.toThrow(
      /no reactions.add within 50 ms; recorded: .*chat\.postMessage \(ok\)/,
    );
    expect(double.callsTo('chat.postMessage').every((c) => typeof c.at === 'number')).toBe(true);
    double.clearCalls();
    expect(double.calls).toHaveLength(0);
  });
});

describe('call listeners', () => {
  test('a listener hears each call as recorded, with when the double had read it, until it stops', async () => {
    const heard: { method: string; ok: unknown; receivedAtMs: number }[] = [];
    const sentAtMs = performance.timeOrigin + performance.now();
    const stop = double.onCall((call, receivedAtMs) =>
      heard.push({ method: call.method, ok: (call.response as { ok?: unknown }).ok, receivedAtMs }),
    );
    await client.auth.test();
    await expect(client.chat.postMessage({ channel: 'C404', text: 'x' })).rejects.toBeDefined();
    const answeredAtMs = performance.timeOrigin + performance.now();
    stop();
    await client.auth.test();

    expect(heard.map(({ method, ok }) => [method, ok])).toEqual([
      ['auth.test', true],
      ['chat.postMessage', false],
    ]);
    for (const { receivedAtMs } of heard) {
      expect(receivedAtMs).toBeGreaterThanOrEqual(sentAtMs);
      expect(receivedAtMs).toBeLessThanOrEqual(answeredAtMs);
    }
  });
});
