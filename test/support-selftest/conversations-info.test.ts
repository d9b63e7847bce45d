import { WebClient } from '@slack/web-api';
import { recordingLogger, SlackDouble } from '../support/slack-double';

describe('conversations.info in the Slack double', () => {
  let double: SlackDouble;
  let client: WebClient;

  beforeAll(async () => {
    double = await SlackDouble.start();
    client = new WebClient(double.botToken, {
      slackApiUrl: double.apiUrl,
      retryConfig: { retries: 0 },
      logger: recordingLogger(),
    });
    double.addChannel({ id: 'CIN', name: 'sales' });
    double.addChannel({ id: 'COUT', name: 'support', isMember: false });
    double.addChannel({ id: 'GIN', name: 'leads', isPrivate: true });
    double.addChannel({ id: 'GOUT', name: 'board', isPrivate: true, isMember: false });
  });
  afterAll(() => double.stop());

  it('describes a public channel with is_member, whether or not the bot is in it', async () => {
    await expect(client.conversations.info({ channel: 'CIN' })).resolves.toMatchObject({
      ok: true,
      channel: { id: 'CIN', name: 'sales', is_private: false, is_member: true },
    });
    await expect(client.conversations.info({ channel: 'COUT' })).resolves.toMatchObject({
      channel: { id: 'COUT', is_member: false },
    });
  });

  it('describes a private channel the bot is in', async () => {
    await expect(client.conversations.info({ channel: 'GIN' })).resolves.toMatchObject({
      channel: { id: 'GIN', is_private: true, is_member: true },
    });
  });

  it('answers channel_not_found for a private channel the bot is not in, as for an unknown id', async () => {
    await expect(client.conversations.info({ channel: 'GOUT' })).rejects.toMatchObject({
      data: { ok: false, error: 'channel_not_found' },
    });
    await expect(client.conversations.info({ channel: 'CNOPE' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
  });

  it('finds the bot’s DM with a user', async () => {
    double.addUser({ id: 'U1' });
    const dm = double.dmChannelFor('U1');
    await expect(client.conversations.info({ channel: dm })).resolves.toMatchObject({
      channel: { id: dm, is_im: true, user: 'U1' },
    });
  });
});
