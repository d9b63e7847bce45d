import { ErrorCode, type WebAPIRateLimitedError, WebClient } from '@slack/web-api';
import { recordingLogger, SlackDouble } from '../support/slack-double';

let double: SlackDouble;

const clientWith = (opts: ConstructorParameters<typeof WebClient>[1] = {}) =>
  new WebClient(double.botToken, {
    slackApiUrl: double.apiUrl,
    retryConfig: { retries: 0 },
    logger: recordingLogger(),
    ...opts,
  });

beforeAll(async () => {
  double = await SlackDouble.start();
  double.addChannel({ id: 'C1', name: 'digests' });
});

afterEach(() => {
  double.clearFaults();
  double.clearCalls();
});

afterAll(() => double.stop());

test('429 carries an integer Retry-After that rejectRateLimitedCalls surfaces', async () => {
  double.fail('chat.postMessage', { status: 429, retryAfter: 7 });
  const error = await clientWith({ rejectRateLimitedCalls: true })
    .chat.postMessage({ channel: 'C1', text: 'digest' })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as WebAPIRateLimitedError).code).toBe(ErrorCode.RateLimitedError);
  expect((error as WebAPIRateLimitedError).retryAfter).toBe(7);
  expect(double.callsTo('chat.postMessage')).toEqual([
    expect.objectContaining({ status: 429, response: { ok: false, error: 'ratelimited' } }),
  ]);
  expect(double.messages('C1')).toHaveLength(0);
});

test('a retrying client waits Retry-After, then gets through once', async () => {
  double.fail('chat.postMessage', { status: 429, retryAfter: 1 });
  const started = Date.now();
  await clientWith({ retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 10 } }).chat.postMessage({
    channel: 'C1',
    text: 'digest',
  });
  expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  expect(double.callsTo('chat.postMessage')).toHaveLength(2);
  expect(double.succeededCalls('chat.postMessage')).toHaveLength(1);
});

test('5xx answers become WebAPIHTTPError; retries are recorded and countable', async () => {
  double.fail('chat.postMessage', { status: 500 });
  await expect(clientWith().chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
    code: ErrorCode.HTTPError,
    statusCode: 500,
  });
  double.fail('chat.postMessage', { status: 503 }, 2);
  await clientWith({ retryConfig: { retries: 3, minTimeout: 5, maxTimeout: 5 } }).chat.postMessage({
    channel: 'C1',
    text: 'y',
  });
  expect(double.callsTo('chat.postMessage').map((c) => c.status)).toEqual([500, 503, 503, 200]);
  expect(double.succeededCalls('chat.postMessage')).toHaveLength(1);
});

test('Slack errors and slow answers', async () => {
  double.fail('users.info', { error: 'fatal_error' });
  double.addUser({ id: 'U1' });
  await expect(clientWith().users.info({ user: 'U1' })).rejects.toMatchObject({
    data: { error: 'fatal_error' },
  });
  await expect(clientWith().users.info({ user: 'U1' })).resolves.toMatchObject({ ok: true });

  // A delay is real time the double waits; only its lower bound is asserted, which load cannot break.
  double.fail('users.info', { delayMs: 150 });
  const started = Date.now();
  await expect(clientWith().users.info({ user: 'U1' })).resolves.toMatchObject({ ok: true });
  expect(Date.now() - started).toBeGreaterThanOrEqual(140);
});

test('a client timeout against an answer held back', async () => {
  double.fail('users.info', { hold: true });
  double.addUser({ id: 'U1' });
  await expect(clientWith({ timeout: 50 }).users.info({ user: 'U1' })).rejects.toMatchObject({
    code: ErrorCode.RequestError,
  });
  expect(double.callsTo('users.info')).toEqual([]);
  // Released, the call is answered (to a client long gone) and recorded: wait for it, so it
  // does not land among the next test's calls.
  double.releaseHeld('users.info');
  await double.waitForCall('users.info');
});

test('a fault is spent by the calls it was given for: the next call is answered while one is held', async () => {
  double.fail('users.info', { hold: true });
  double.addUser({ id: 'U1' });
  const held = clientWith().users.info({ user: 'U1' });
  await double.whenHeld('users.info');
  await expect(clientWith().users.info({ user: 'U1' })).resolves.toMatchObject({ ok: true });
  expect(double.succeededCalls('users.info')).toHaveLength(1);
  double.releaseHeld('users.info');
  await expect(held).resolves.toMatchObject({ ok: true });
});

test('a held call is answered once released, and only then recorded', async () => {
  double.fail('users.info', { hold: true });
  double.addUser({ id: 'U1' });
  const answer = clientWith().users.info({ user: 'U1' });
  await double.whenHeld('users.info');
  expect(double.callsTo('users.info')).toEqual([]);
  double.releaseHeld('users.info');
  await expect(answer).resolves.toMatchObject({ ok: true, user: { id: 'U1' } });
  expect(double.succeededCalls('users.info')).toHaveLength(1);
});

test('rateLimit: calls over the per-second budget get 429 with Retry-After: 1', async () => {
  double.rateLimit('chat.postMessage', 2);
  const client = clientWith({ rejectRateLimitedCalls: true });
  const results = await Promise.allSettled(
    [1, 2, 3, 4].map((n) => client.chat.postMessage({ channel: 'C1', text: `m${n}` })),
  );
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
  const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(refused?.reason.retryAfter).toBe(1);
  expect(double.succeededCalls('chat.postMessage')).toHaveLength(2);
});

test('rateLimit per channel keeps channels apart', async () => {
  double.addChannel({ id: 'C2', name: 'other' });
  double.rateLimit('chat.postMessage', 1, { perChannel: true });
  const client = clientWith({ rejectRateLimitedCalls: true });
  await client.chat.postMessage({ channel: 'C1', text: 'a' });
  await client.chat.postMessage({ channel: 'C2', text: 'b' });
  await expect(client.chat.postMessage({ channel: 'C1', text: 'c' })).rejects.toMatchObject({
    retryAfter: 1,
  });
});
