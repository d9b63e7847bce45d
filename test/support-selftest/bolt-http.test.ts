import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { recordingLogger, SlackDouble, SlackUserAgent } from '../support/slack-double';
import { type EchoLog, registerEcho } from './echo-app';
import { type EchoRig, echoScenarios } from './echo-scenarios';

const signingSecret = 'shh-test-secret';
let rig: EchoRig;
let app: App;

beforeAll(async () => {
  const double = await SlackDouble.start();
  double.addUser({ id: 'U1', name: 'alice' });
  double.addUser({ id: 'U2', name: 'bob' });
  double.addChannel({ id: 'C1', name: 'sales' });
  app = new App({
    token: double.botToken,
    signingSecret,
    deferInitialization: true,
    logger: recordingLogger(),
    clientOptions: { slackApiUrl: double.apiUrl, retryConfig: { retries: 0 } },
  });
  const log: EchoLog = { homeRetries: [] };
  registerEcho(app, log);
  await app.init();
  // Port 0 lets the OS pick; the receiver hands back its server, so no probe-then-race.
  const server = await app.start(0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const agent = new SlackUserAgent({ double, signingSecret, transport: { kind: 'http', url } });
  rig = { double, agent, log };
});

afterAll(async () => {
  await app.stop();
  await rig.double.stop();
});

test('Bolt checked the token with auth.test at init', () => {
  expect(rig.double.succeededCalls('auth.test')).toHaveLength(1);
});

echoScenarios(() => rig);

describe('what only the HTTP transport has', () => {
  test('url_verification echoes the challenge', async () => {
    const res = await rig.agent.urlVerification('abc123');
    expect(res).toMatchObject({ status: 200, body: { challenge: 'abc123' } });
  });

  test('retries carry X-Slack-Retry-Num and X-Slack-Retry-Reason', async () => {
    await rig.agent.appHomeOpened({ userId: 'U1', tab: 'messages', retryNum: 2 });
    expect(rig.log.homeRetries.at(-1)).toEqual({ retryNum: 2, retryReason: 'http_timeout' });
  });

  test('a forged signature or a stale timestamp gets 401', async () => {
    const body = JSON.stringify({ type: 'event_callback', event: { type: 'app_home_opened' } });
    const forged = await rig.agent.rawPost(body, {
      'Content-Type': 'application/json',
      'X-Slack-Request-Timestamp': String(Math.floor(Date.now() / 1000)),
      'X-Slack-Signature': 'v0=0000',
    });
    expect(forged.status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const old = await rig.agent.rawPost(body, {
      'Content-Type': 'application/json',
      ...rig.agent.sign(body, stale),
    });
    expect(old.status).toBe(401);
    const signed = await rig.agent.rawPost(body, {
      'Content-Type': 'application/json',
      ...rig.agent.sign(body),
    });
    expect(signed.status).toBe(200);
  });
});
