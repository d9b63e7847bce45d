import WebSocket from 'ws';
import { SlackDouble } from '../support/slack-double';

let double: SlackDouble;

beforeAll(async () => {
  double = await SlackDouble.start();
});

afterAll(() => double.stop());

async function openUrl(): Promise<string> {
  const res = await fetch(`${double.apiUrl}apps.connections.open`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${double.appToken}` },
  });
  return ((await res.json()) as { url: string }).url;
}

/** A bare client, to see the frames exactly as they travel. */
function connect(url: string): Promise<{ ws: WebSocket; frames: Record<string, unknown>[] }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const frames: Record<string, unknown>[] = [];
    ws.on('message', (data) => {
      frames.push(JSON.parse(String(data)));
      if (frames.length === 1) resolve({ ws, frames });
    });
    ws.on('error', reject);
  });
}

const closed = (ws: WebSocket) =>
  new Promise<void>((resolve) => {
    ws.once('close', () => resolve());
    ws.close();
  });

test('hello, envelopes, acks and refresh on the wire', async () => {
  const { ws, frames } = await connect(await openUrl());
  expect(frames[0]).toEqual({
    type: 'hello',
    num_connections: 1,
    debug_info: expect.any(Object),
    connection_info: { app_id: 'A0001' },
  });
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data));
    if (frame.envelope_id)
      ws.send(JSON.stringify({ envelope_id: frame.envelope_id, payload: { echoed: frame.type } }));
  });

  const ack = await double.sendEnvelope('events_api', {
    type: 'event_callback',
    event: { type: 'app_home_opened' },
  });
  expect(ack.payload).toEqual({ echoed: 'events_api' });
  expect(frames[1]).toEqual({
    envelope_id: ack.envelope_id,
    type: 'events_api',
    payload: { type: 'event_callback', event: { type: 'app_home_opened' } },
    accepts_response_payload: false,
    retry_attempt: 0,
    retry_reason: '',
  });
  await double.sendEnvelope('interactive', { type: 'block_actions' });
  expect(frames[2]).toMatchObject({ type: 'interactive', accepts_response_payload: true });

  const refresh = new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
  double.requestRefresh();
  await expect(refresh).resolves.toEqual({ type: 'disconnect', reason: 'refresh_requested' });
  await closed(ws);
});

test('a connection URL works once; unknown ones are refused', async () => {
  const url = await openUrl();
  const { ws } = await connect(url);
  await closed(ws);
  await expect(connect(url)).rejects.toThrow(/401/);
});

test('an envelope nobody acks times out', async () => {
  const { ws } = await connect(await openUrl());
  await expect(double.sendEnvelope('interactive', { type: 'shortcut' }, { timeoutMs: 100 })).rejects.toThrow(
    /no ack for interactive envelope within 100 ms/,
  );
  await closed(ws);
});
