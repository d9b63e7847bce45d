import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlackDouble, SlackUserAgent } from '../support/slack-double';

interface Seen {
  headers: IncomingMessage['headers'];
  raw: string;
}

const secret = 'agent-secret';
let double: SlackDouble;
let agent: SlackUserAgent;
let server: Server;
const seen: Seen[] = [];
let answer: { status: number; body: string; type?: string } = { status: 200, body: '' };

/** A bare receiver, to look at requests exactly as the agent puts them on the wire. */
beforeAll(async () => {
  double = await SlackDouble.start();
  double.addUser({ id: 'U1', name: 'alice' });
  double.addChannel({ id: 'C1', name: 'sales' });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ headers: req.headers, raw: Buffer.concat(chunks).toString() });
      res.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  agent = new SlackUserAgent({ double, signingSecret: secret, transport: { kind: 'http', url } });
});

afterEach(() => {
  answer = { status: 200, body: '' };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await double.stop();
});

const last = () => seen.at(-1)!;
const payloadOf = (s: Seen) => JSON.parse(new URLSearchParams(s.raw).get('payload') ?? 'null');

test('signatures and content types are exactly what Slack sends', async () => {
  // Signed with the time of sending, in whole seconds, as Slack does (Bolt refuses stale ones).
  const before = Math.floor(Date.now() / 1000);
  await agent.slashCommand({ command: '/touch', text: 'x', userId: 'U1' });
  const after = Math.ceil(Date.now() / 1000);
  const { headers, raw } = last();
  expect(headers['content-type']).toBe('application/x-www-form-urlencoded');
  const ts = headers['x-slack-request-timestamp'] as string;
  expect(Number(ts)).toBeGreaterThanOrEqual(before);
  expect(Number(ts)).toBeLessThanOrEqual(after);
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${raw}`).digest('hex')}`;
  expect(headers['x-slack-signature']).toBe(expected);

  await agent.appHomeOpened({ userId: 'U1' });
  expect(last().headers['content-type']).toBe('application/json');
  expect(last().headers).not.toHaveProperty('x-slack-retry-num');
});

test('slash command form fields', async () => {
  const res = await agent.slashCommand({
    command: '/touch',
    text: 'log Acme',
    userId: 'U1',
    channelId: 'C1',
  });
  const fields = Object.fromEntries(new URLSearchParams(last().raw));
  expect(fields).toMatchObject({
    command: '/touch',
    text: 'log Acme',
    user_id: 'U1',
    user_name: 'alice',
    team_id: 'T0001',
    team_domain: 'test-workspace',
    channel_id: 'C1',
    channel_name: 'sales',
    api_app_id: 'A0001',
    trigger_id: res.triggerId,
    response_url: res.responseUrl,
    token: expect.any(String),
  });
  expect(res.responseUrl).toMatch(new RegExp(`^${double.baseUrl}/response/`));
});

test('block_actions on a stored message carries the message, looked-up block_id and a response_url', async () => {
  const posted = double.workspace.channels.post('C1', {
    text: 'pick',
    blocks: [
      {
        type: 'actions',
        block_id: 'row',
        elements: [
          { type: 'button', action_id: 'ok', value: 'v1', text: { type: 'plain_text', text: 'OK' } },
        ],
      },
    ],
  });
  await agent.blockActions({
    userId: 'U1',
    actionId: 'ok',
    container: { type: 'message', channelId: 'C1', messageTs: posted.ts },
  });
  expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
  const payload = payloadOf(last());
  expect(payload).toMatchObject({
    type: 'block_actions',
    user: { id: 'U1', username: 'alice', team_id: 'T0001' },
    team: { id: 'T0001', domain: 'test-workspace' },
    api_app_id: 'A0001',
    container: { type: 'message', message_ts: posted.ts, channel_id: 'C1', is_ephemeral: false },
    channel: { id: 'C1', name: 'sales' },
    trigger_id: expect.any(String),
    response_url: expect.stringContaining('/response/'),
    message: { ts: posted.ts, text: 'pick' },
    actions: [
      {
        action_id: 'ok',
        block_id: 'row',
        type: 'button',
        value: 'v1',
        text: { text: 'OK' },
        action_ts: expect.any(String),
      },
    ],
  });
  await expect(
    agent.blockActions({
      userId: 'U1',
      actionId: 'nope',
      container: { type: 'message', channelId: 'C1', messageTs: posted.ts },
    }),
  ).rejects.toThrow(/no element with action_id nope; on screen: ok/);
});

test('shortcuts', async () => {
  const g = await agent.globalShortcut({ userId: 'U1', callbackId: 'new_contact' });
  expect(payloadOf(last())).toMatchObject({
    type: 'shortcut',
    callback_id: 'new_contact',
    trigger_id: g.triggerId,
    user: { id: 'U1' },
  });
  const m = await agent.messageShortcut({
    userId: 'U1',
    callbackId: 'log_this',
    channelId: 'C1',
    message: { ts: '1700000000.000100', text: 'call Bob', user: 'U2' },
  });
  expect(payloadOf(last())).toMatchObject({
    type: 'message_action',
    callback_id: 'log_this',
    trigger_id: m.triggerId,
    response_url: m.responseUrl,
    message_ts: '1700000000.000100',
    channel: { id: 'C1', name: 'sales' },
    message: { type: 'message', text: 'call Bob', user: 'U2' },
  });
});

test('responses: JSON is parsed, text kept, headers returned', async () => {
  answer = { status: 200, body: '{"text":"hi"}', type: 'application/json' };
  const json = await agent.globalShortcut({ userId: 'U1', callbackId: 'x' });
  expect(json).toMatchObject({ status: 200, body: { text: 'hi' }, ack: { text: 'hi' } });
  answer = { status: 404, body: '' };
  const missing = await agent.globalShortcut({ userId: 'U1', callbackId: 'x' });
  expect(missing).toMatchObject({ status: 404, ack: undefined, headers: expect.any(Object) });
});

test('refuses to fake what Slack would never send', async () => {
  await expect(agent.viewSubmission({ userId: 'U1', viewId: 'V404' })).rejects.toThrow(
    /never opened a view matching V404/,
  );
  const view = double.workspace.views.open(
    { type: 'modal', title: { type: 'plain_text', text: 'T' }, blocks: [] },
    'U1',
  );
  await expect(agent.viewClosed({ userId: 'U1', viewId: view.id })).rejects.toThrow(/notify_on_close/);
  await expect(agent.viewSubmission({ userId: 'U1', viewId: view.id })).rejects.toThrow(/no submit button/);
});
