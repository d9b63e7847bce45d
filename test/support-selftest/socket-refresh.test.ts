import { App, SocketModeReceiver } from '@slack/bolt';
import { recordingLogger, SlackDouble, SlackUserAgent } from '../support/slack-double';
import { type EchoLog, registerEcho } from './echo-app';

let double: SlackDouble;
let app: App;

beforeAll(async () => {
  double = await SlackDouble.start();
  double.addUser({ id: 'U1', name: 'alice' });
  const logger = recordingLogger();
  const clientOptions = { slackApiUrl: double.apiUrl, retryConfig: { retries: 0 } };
  // The client waits clientPingTimeout before reconnecting (5 s by default); 1 s keeps this file fast.
  const receiver = new SocketModeReceiver({
    appToken: double.appToken,
    clientPingTimeout: 1000,
    logger,
    installerOptions: { clientOptions },
  });
  app = new App({
    token: double.botToken,
    receiver,
    socketMode: true,
    deferInitialization: true,
    logger,
    clientOptions,
  });
  registerEcho(app, { homeRetries: [] } satisfies EchoLog);
  await app.init();
  await app.start();
});

afterAll(async () => {
  await app.stop();
  await double.stop();
});

test('refresh_requested: the client reconnects through apps.connections.open and keeps working', async () => {
  expect(double.socketConnections).toBe(1);
  double.requestRefresh();
  await double.waitForSocketConnection(2, 4000);
  expect(double.succeededCalls('apps.connections.open')).toHaveLength(2);
  expect(double.openSocketConnections).toBe(1);

  const agent = new SlackUserAgent({ double, signingSecret: 'unused', transport: { kind: 'socket' } });
  const since = double.calls.length;
  await agent.appHomeOpened({ userId: 'U1' });
  await expect(double.waitForCall('views.publish', undefined, { since })).resolves.toMatchObject({
    status: 200,
  });
});
