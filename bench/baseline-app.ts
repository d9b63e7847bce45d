import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import type { SlackDouble } from '../test/support/slack-double';

export interface BaselineApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * The floor Touchbase is compared with: the same Bolt version, receiver and signing
 * secret, with an /activity handler that only acks. What Touchbase adds beyond this
 * (middleware, database lookups, building the help) is what the ratio measures.
 */
export async function startBaselineApp(double: SlackDouble, signingSecret: string): Promise<BaselineApp> {
  const receiver = new ExpressReceiver({
    signingSecret,
    endpoints: '/slack/events',
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    token: double.botToken,
    receiver,
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: double.apiUrl, retryConfig: { retries: 0 } },
  });
  app.command('/activity', async ({ ack }) => {
    await ack({ response_type: 'ephemeral', text: 'ok' });
  });
  await app.init();
  const server = (await app.start(0)) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    stop: async () => {
      await app.stop();
    },
  };
}
