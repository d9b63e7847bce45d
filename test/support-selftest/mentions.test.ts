import { WebClient } from '@slack/web-api';
import { recordingLogger, SlackDouble } from '../support/slack-double';
import { mentionProblems, strayMentions } from '../support/slack-double/block-kit/mentions';

/**
 * The double refuses what the app never sends on purpose: a broadcast, or a mention of a user
 * or channel the workspace does not know (which can only be typed text left unescaped).
 */
describe('the Slack double refuses stray mentions', () => {
  let double: SlackDouble;
  let client: WebClient;
  const known = { user: (id: string) => id === 'U1', channel: (id: string) => id === 'C1' };

  beforeAll(async () => {
    double = await SlackDouble.start();
    double.addUser({ id: 'U1', name: 'alice' });
    double.addChannel({ id: 'C1', name: 'sales' });
    client = new WebClient(double.botToken, {
      slackApiUrl: double.apiUrl,
      retryConfig: { retries: 0 },
      logger: recordingLogger(),
    });
  });
  afterAll(() => double.stop());

  it('finds broadcasts and unknown ids, and lets known ids, dates, links and escaped text pass', () => {
    expect(strayMentions('<!channel> <!here|here> <!everyone> <!subteam^S1|@team>', known)).toEqual([
      '<!channel>',
      '<!here|here>',
      '<!everyone>',
      '<!subteam^S1|@team>',
    ]);
    expect(strayMentions('<@U1> <@U1|alice> <#C1> <#C1|sales> <@UX> <#CX|x>', known)).toEqual([
      '<@UX>',
      '<#CX|x>',
    ]);
    expect(
      strayMentions(
        '<!date^1700000000^{date}|Nov 14> <https://example.com|link> &lt;!channel&gt; &lt;@UX&gt;',
        known,
      ),
    ).toEqual([]);
  });

  it('checks top-level text and every mrkdwn text object, not plain_text', () => {
    const problems = mentionProblems(
      {
        text: 'Team digest for <!channel>',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: '<!channel> shown as typed' } },
          { type: 'context', elements: [{ type: 'mrkdwn', text: 'by <@UX>' }] },
        ],
      },
      known,
    );
    expect(problems).toEqual([
      expect.stringContaining('<!channel> would notify people'),
      expect.stringContaining('[json-pointer:/blocks/1/elements/0/text]'),
    ]);
    expect(problems[0]).toContain('[json-pointer:/text]');
  });

  it('refuses such a message, view or file comment, and reports it', async () => {
    await expect(client.chat.postMessage({ channel: 'C1', text: 'hi <!here>' })).rejects.toMatchObject({
      data: { error: 'double_refused_stray_mention' },
    });
    await expect(
      client.views.publish({
        user_id: 'U1',
        view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '<#CX>' } }] },
      }),
    ).rejects.toMatchObject({ data: { error: 'double_refused_stray_mention' } });
    expect(
      (await client.chat.postMessage({ channel: 'C1', text: 'for <@U1> in <#C1>: &lt;!channel&gt;' })).ok,
    ).toBe(true);
    expect(double.strayMentionRefusals().map((call) => call.method)).toEqual([
      'chat.postMessage',
      'views.publish',
    ]);
  });
});
