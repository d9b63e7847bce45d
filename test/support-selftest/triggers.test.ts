import { WebClient } from '@slack/web-api';
import { recordingLogger, SlackDouble, TRIGGER_TTL_MS } from '../support/slack-double';

let now = 1_700_000_000_000;
let double: SlackDouble;
let client: WebClient;

const view = {
  type: 'modal' as const,
  title: { type: 'plain_text' as const, text: 'T' },
  blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'hi' } }],
};

beforeAll(async () => {
  double = await SlackDouble.start({ now: () => now });
  client = new WebClient(double.botToken, {
    slackApiUrl: double.apiUrl,
    retryConfig: { retries: 0 },
    logger: recordingLogger(),
  });
});

afterAll(() => double.stop());

test('a trigger id opens exactly one view', async () => {
  const trigger = double.issueTriggerId({ userId: 'U1' });
  await expect(client.views.open({ trigger_id: trigger, view })).resolves.toMatchObject({ ok: true });
  await expect(client.views.open({ trigger_id: trigger, view })).rejects.toMatchObject({
    data: { error: 'invalid_trigger_id' },
  });
  expect(double.latestView('U1')?.title?.text).toBe('T');
});

test('unknown trigger ids are invalid', async () => {
  await expect(client.views.open({ trigger_id: '123.456.abc', view })).rejects.toMatchObject({
    data: { error: 'invalid_trigger_id' },
  });
});

test('a trigger id issued with a longer lifetime (for prepared benchmark requests) lives that long', async () => {
  const prepared = double.issueTriggerId({ userId: 'U3' }, 60_000);
  const usual = double.issueTriggerId({ userId: 'U3' });
  now += TRIGGER_TTL_MS + 1;
  await expect(client.views.open({ trigger_id: usual, view })).rejects.toMatchObject({
    data: { error: 'expired_trigger_id' },
  });
  now += 50_000;
  await expect(client.views.open({ trigger_id: prepared, view })).resolves.toMatchObject({ ok: true });
});

test('a trigger id expires after 3 s on the injected clock', async () => {
  const fresh = double.issueTriggerId();
  const stale = double.issueTriggerId();
  now += TRIGGER_TTL_MS;
  await expect(client.views.open({ trigger_id: fresh, view })).resolves.toMatchObject({ ok: true });
  now += 1;
  await expect(client.views.open({ trigger_id: stale, view })).rejects.toMatchObject({
    data: { error: 'expired_trigger_id' },
  });
});

test('views.push spends triggers too and stops at three views', async () => {
  const root = await client.views.open({ trigger_id: double.issueTriggerId({ userId: 'U2' }), view });
  const rootId = root.view!.id!;
  const second = await client.views.push({
    trigger_id: double.issueTriggerId({ userId: 'U2', viewId: rootId }),
    view,
  });
  const third = await client.views.push({
    trigger_id: double.issueTriggerId({ userId: 'U2', viewId: second.view!.id! }),
    view,
  });
  expect(third.view).toMatchObject({ root_view_id: rootId, previous_view_id: second.view!.id });
  await expect(
    client.views.push({ trigger_id: double.issueTriggerId({ userId: 'U2', viewId: third.view!.id! }), view }),
  ).rejects.toMatchObject({ data: { error: 'push_limit_reached' } });
});
