import { SlackDouble } from '../support/slack-double';

let double: SlackDouble;

beforeAll(async () => {
  double = await SlackDouble.start();
  double.addChannel({ id: 'C1', name: 'sales' });
});

afterAll(() => double.stop());

const postJson = async (url: string, body: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
};

test('response_url posts are recorded and land in the conversation', async () => {
  const url = double.issueResponseUrl({ channelId: 'C1', userId: 'U1' });
  await expect(postJson(url, { text: 'just you' })).resolves.toEqual({ status: 200, text: 'ok' });
  await expect(postJson(url, { text: 'everyone', response_type: 'in_channel' })).resolves.toEqual({
    status: 200,
    text: 'ok',
  });
  expect(double.callsTo('response_url').map((c) => c.args.text)).toEqual(['just you', 'everyone']);
  expect(double.lastCall('response_url')?.url).toBe(url);
  expect(double.ephemeralMessages({ user: 'U1' }).map((m) => m.text)).toEqual(['just you']);
  expect(double.messages('C1').map((m) => m.text)).toEqual(['everyone']);
});

test('replace_original and delete_original act on the source message', async () => {
  const msg = double.workspace.channels.post('C1', { text: 'original' });
  const url = double.issueResponseUrl({ channelId: 'C1', userId: 'U1', messageTs: msg.ts });
  await postJson(url, { text: 'replaced', replace_original: true });
  expect(double.message('C1', msg.ts)?.text).toBe('replaced');
  await postJson(url, { delete_original: true });
  expect(double.message('C1', msg.ts)).toBeUndefined();
});

test('unknown ids → 404, bad blocks → 400, faults apply', async () => {
  double.clearCalls();
  await expect(postJson(`${double.baseUrl}/response/R0nope`, { text: 'x' })).resolves.toMatchObject({
    status: 404,
  });
  const url = double.issueResponseUrl({ channelId: 'C1' });
  const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
  await expect(postJson(url, { text: 'x', blocks })).resolves.toEqual({
    status: 400,
    text: 'invalid_blocks',
  });
  await expect(postJson(url, {})).resolves.toEqual({ status: 400, text: 'no_text' });
  double.fail('response_url', { status: 500 });
  await expect(postJson(url, { text: 'x' })).resolves.toMatchObject({ status: 500 });
  expect(double.succeededCalls('response_url')).toHaveLength(0);
});
