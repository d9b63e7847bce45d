import { WebClient } from '@slack/web-api';
import { PreEncodedWebClient } from '../src/slack/pre-encoded-web-client';

/*
 * CPU per views.publish of a 90-block Home through the Web API client and through
 * PreEncodedWebClient, interleaved in one process (issue 12). Slack is a fetch in this process
 * that reads the form body and answers with the view, as Slack (and the Slack double) do.
 *
 *   npx tsx bench/web-client-cpu.ts
 */

const blocks = Array.from({ length: 90 }, (_, i) => ({
  type: 'section',
  block_id: `a-${i}`,
  text: {
    type: 'mrkdwn',
    text: `*Call with Anna Svensson* · Acme AB ${i}\nDue 5 Dec 14:00 · <@U0123> · planned follow-up about the offer`,
  },
  accessory: {
    type: 'overflow',
    action_id: `activity-menu-${i}`,
    options: ['Done', 'Edit', 'Move', 'Delete'].map((t, j) => ({
      text: { type: 'plain_text', text: t },
      value: `${j}:${i}`,
    })),
  },
}));
const view = { type: 'home', blocks };
const fetchFn = (async (_url: string, init: { body: string }) => {
  const params = new URLSearchParams(init.body);
  const echoed = JSON.parse(params.get('view') ?? '{}');
  return new Response(JSON.stringify({ ok: true, view: { id: 'V1', ...echoed } }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}) as unknown as typeof fetch;
const opts = { slackApiUrl: 'http://127.0.0.1:1/api/', retryConfig: { retries: 0 }, fetch: fetchFn };
const plain = new WebClient('xoxb-1', opts);
const pre = new PreEncodedWebClient('xoxb-1', opts);
async function run(client: WebClient, n: number) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i += 1) await client.views.publish({ user_id: 'U1', view: view as never });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / n;
}
async function main() {
  // Same bytes on the wire.
  const seen: string[] = [];
  const spy = (async (u: string, init: { body: string }) => {
    seen.push(init.body);
    return fetchFn(u, init);
  }) as unknown as typeof fetch;
  await new WebClient('xoxb-1', { ...opts, fetch: spy }).views.publish({
    user_id: 'U1',
    view: view as never,
  });
  await new PreEncodedWebClient('xoxb-1', { ...opts, fetch: spy }).views.publish({
    user_id: 'U1',
    view: view as never,
  });
  console.log('same body', seen[0] === seen[1], seen[0]!.length);
  await run(plain, 300);
  await run(pre, 300);
  const a: number[] = [],
    b: number[] = [];
  for (let r = 0; r < 7; r += 1) {
    a.push(await run(plain, 400));
    b.push(await run(pre, 400));
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!.toFixed(3);
  console.log('WebClient ms/call', a.map((x) => x.toFixed(3)).join(' '), 'median', med(a));
  console.log('PreEncoded ms/call', b.map((x) => x.toFixed(3)).join(' '), 'median', med(b));
}
main();
