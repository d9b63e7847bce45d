import { App } from '@slack/bolt';
import { type RecordingLogger, recordingLogger, SlackDouble, SlackUserAgent } from '../support/slack-double';
import { type EchoLog, registerEcho } from './echo-app';
import { type EchoRig, echoScenarios } from './echo-scenarios';

let rig: EchoRig;
let app: App;
let logger: RecordingLogger;

beforeAll(async () => {
  const double = await SlackDouble.start();
  double.addUser({ id: 'U1', name: 'alice' });
  double.addUser({ id: 'U2', name: 'bob' });
  double.addChannel({ id: 'C1', name: 'sales' });
  logger = recordingLogger();
  app = new App({
    token: double.botToken,
    appToken: double.appToken,
    socketMode: true,
    deferInitialization: true,
    logger,
    // Explicit retryConfig: otherwise the Socket Mode client writes retries: 100 into these shared options.
    clientOptions: { slackApiUrl: double.apiUrl, retryConfig: { retries: 0 } },
  });
  const log: EchoLog = { homeRetries: [] };
  registerEcho(app, log);
  await app.init();
  await app.start();
  const agent = new SlackUserAgent({
    double,
    signingSecret: 'unused-in-socket-mode',
    transport: { kind: 'socket' },
  });
  rig = { double, agent, log };
});

afterAll(async () => {
  await app.stop();
  await rig.double.stop();
});

test('the client connected with the app token and got hello', () => {
  expect(rig.double.socketConnections).toBe(1);
  expect(rig.double.openSocketConnections).toBe(1);
  expect(rig.double.succeededCalls('apps.connections.open')).toHaveLength(1);
});

echoScenarios(() => rig);

test('sendEnvelope resolves with the ack Bolt sends back', async () => {
  const ack = await rig.double.sendEnvelope('slash_commands', {
    command: '/post',
    text: '',
    user_id: 'U1',
    channel_id: 'C1',
    team_id: 'T0001',
    api_app_id: 'A0001',
    trigger_id: rig.double.issueTriggerId(),
    response_url: rig.double.issueResponseUrl(),
  });
  expect(ack).toEqual({
    envelope_id: expect.any(String),
    payload: { response_type: 'ephemeral', text: 'posting…' },
  });
});

test('the app logged no errors', () => {
  expect(logger.problems.filter((p) => p.startsWith('error'))).toEqual([]);
});
