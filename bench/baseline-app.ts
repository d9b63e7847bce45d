import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type BlockAction, ExpressReceiver, LogLevel } from '@slack/bolt';
import { readFormMetadata } from '../src/slack/listeners/activities/read-activity-form';
import { buttonPattern } from '../src/slack/views/activities/activity-actions';
import { ACTIVITY_FORM, FORM_ACTIONS } from '../src/slack/views/activities/activity-modal';
import type { SlackDouble } from '../test/support/slack-double';

export interface BaselineApp {
  url: string;
  stop(): Promise<void>;
}

const OK = { type: 'plain_text' as const, text: 'ok' };
const LINE = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'ok' } }];

/**
 * The floor Touchbase is compared with: the same Bolt version, receiver and signing
 * secret, answering each request a benchmark sends with the one Slack call (or ack)
 * the user waits for, and nothing else: `/activity help` and `list` and `/contact`
 * ack with a line; `/activity` opens a one-line modal; saving the Log activity form
 * acks and posts a one-line card naming its subject; *Done now* updates its message;
 * opening App Home publishes a one-line Home. What Touchbase adds beyond this
 * (middleware, database work, building Block Kit) is what the comparison measures.
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
  app.command('/activity', async ({ ack, command, client }) => {
    const word = command.text.trim().split(/\s+/)[0]?.toLowerCase();
    if (word === 'help' || word === 'list') {
      await ack({ response_type: 'ephemeral', text: 'ok' });
      return;
    }
    await ack();
    await client.views.open({
      trigger_id: command.trigger_id,
      view: { type: 'modal', title: OK, blocks: LINE },
    });
  });
  app.command('/contact', async ({ ack }) => {
    await ack({ response_type: 'ephemeral', text: 'ok' });
  });
  app.view(ACTIVITY_FORM, async ({ ack, view, body, client }) => {
    await ack();
    const subject = Object.values(view.state.values).find((block) => block[FORM_ACTIONS.subject])?.[
      FORM_ACTIONS.subject
    ]?.value;
    await client.chat.postEphemeral({
      channel: readFormMetadata(view)?.channelId ?? body.user.id,
      user: body.user.id,
      text: `Saved: ${subject ?? ''}`,
    });
  });
  app.action<BlockAction>(buttonPattern('done'), async ({ ack, body, client }) => {
    await ack();
    const container = body.container as { channel_id: string; message_ts: string };
    await client.chat.update({ channel: container.channel_id, ts: container.message_ts, text: 'Done' });
  });
  app.event('app_home_opened', async ({ event, client }) => {
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: LINE } });
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
