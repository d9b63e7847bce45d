import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import { instrumentedFetch } from '../../src/observability/instrumented-fetch';
import { createMetrics } from '../../src/observability/metrics';

/** What a Slack server received: each request's headers and body bytes. */
interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: Server;
let received: Received[];
let apiUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

const view = {
  type: 'home',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Ring Åsa* 📞 & "Bolaget" <tillbaka> 100%' } }],
};

async function publishWith(fetchFn: typeof fetch): Promise<Received> {
  const client = new WebClient('xoxb-test', {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    fetch: fetchFn,
  });
  await client.views.publish({ user_id: 'U1', view: view as never });
  const [one] = received.splice(0);
  if (!one) throw new Error('nothing reached the server');
  return one;
}

describe('the Slack client’s fetch (instrumentedFetch)', () => {
  it('sends a form body as the same bytes and headers as plain fetch', async () => {
    const plain = await publishWith(fetch);
    const instrumented = await publishWith(instrumentedFetch(createMetrics()));
    expect(instrumented.body.equals(plain.body)).toBe(true);
    expect(instrumented.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(instrumented.headers['content-type']).toBe(plain.headers['content-type']);
    expect(instrumented.headers['content-length']).toBe(plain.headers['content-length']);
    expect(new URLSearchParams(instrumented.body.toString('utf8')).get('view')).toBe(JSON.stringify(view));
  });

  it('hands fetch a text body as its UTF-8 bytes, which fetch sends without checking each character', async () => {
    const bodies: unknown[] = [];
    const inner = ((input: string, init?: RequestInit) => {
      bodies.push(init?.body);
      return fetch(input, init);
    }) as typeof fetch;
    await publishWith(instrumentedFetch(createMetrics(), inner));
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toBeInstanceOf(Uint8Array);
  });
});
