import { WebClient } from '@slack/web-api';
import { PreEncodedWebClient } from '../../src/slack/pre-encoded-web-client';

/** What each client sent: the form body of every call, and a plain Slack answer. */
function recordingFetch(bodies: string[]): typeof fetch {
  return (async (_url: string, init: { body: string }) => {
    bodies.push(init.body);
    return new Response(JSON.stringify({ ok: true, channel: 'D1', ts: '1.2' }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;
}

const blocks = [
  { type: 'section', text: { type: 'mrkdwn', text: '*Ring Åsa* & "Bolaget" <tillbaka>' } },
  {
    type: 'actions',
    elements: [{ type: 'button', action_id: 'done', text: { type: 'plain_text', text: 'Klar' }, value: '7' }],
  },
];

async function bodiesOf(Client: typeof WebClient, call: (client: WebClient) => Promise<unknown>) {
  const bodies: string[] = [];
  const client = new Client('xoxb-test', {
    slackApiUrl: 'http://127.0.0.1:9/api/',
    retryConfig: { retries: 0 },
    fetch: recordingFetch(bodies),
  });
  await call(client);
  return bodies;
}

describe('PreEncodedWebClient', () => {
  it.each([
    [
      'views.publish',
      (c: WebClient) => c.views.publish({ user_id: 'U1', view: { type: 'home', blocks } as never }),
    ],
    [
      'chat.postMessage',
      (c: WebClient) => c.chat.postMessage({ channel: 'U1', text: 'Ny aktivitet', blocks }),
    ],
    ['chat.update', (c: WebClient) => c.chat.update({ channel: 'D1', ts: '1.2', text: 'Ändrad', blocks })],
    ['users.info', (c: WebClient) => c.users.info({ user: 'U1' })],
  ])('sends Slack the same form body as the Web API client for %s', async (_method, call) => {
    const plain = await bodiesOf(WebClient, call);
    const preEncoded = await bodiesOf(PreEncodedWebClient, call);
    expect(preEncoded).toEqual(plain);
    expect(preEncoded).toHaveLength(1);
  });

  it("leaves the caller's arguments as they were and answers as the Web API client does", async () => {
    const args = { channel: 'U1', text: 'Ny aktivitet', blocks };
    let answer: unknown;
    await bodiesOf(PreEncodedWebClient, async (c) => {
      answer = await c.chat.postMessage(args);
    });
    expect(args.blocks).toBe(blocks);
    expect(answer).toMatchObject({ ok: true, channel: 'D1', ts: '1.2' });
  });
});
