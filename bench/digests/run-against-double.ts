import { performance } from 'node:perf_hooks';
import { startTouchbase } from '../../src/app';
import { loadEnv } from '../../src/config/env';
import { createLogger } from '../../src/observability/logger';
import { SlackDouble } from '../../test/support/slack-double';

export interface DigestRunResult {
  sent: number;
  seconds: number;
  /** Run time over the time Slack's rate alone needs (N ÷ R). */
  ratio: number;
  duplicates: number;
  rateLimited: number;
}

/** A Slack double that knows everyone due and accepts `rate` messages a second. */
export async function digestDouble(people: string[], rate: number): Promise<SlackDouble> {
  const double = await SlackDouble.start();
  for (const id of people) double.addUser({ id, name: id.toLowerCase(), tz: 'Europe/Stockholm' });
  double.rateLimit('chat.postMessage', rate);
  return double;
}

/** The app's environment for a digest run against the double, paced at its rate. */
export function digestAppEnv(double: SlackDouble, rate: number): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: double.botToken,
    SLACK_API_URL: double.apiUrl,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DIGEST_RATE_PER_SECOND: String(rate),
  };
}

/** What the double saw of a run that took `seconds`: messages delivered, duplicates per DM, 429s. */
export function digestRunResult(double: SlackDouble, rate: number, seconds: number): DigestRunResult {
  const posts = double.succeededCalls('chat.postMessage');
  const perChannel = new Map<string, number>();
  for (const call of posts) {
    const channel = String((call.response as { channel?: string }).channel);
    perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
  }
  const duplicates = [...perChannel.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const rateLimited = double.callsTo('chat.postMessage').filter((call) => call.status === 429).length;
  const sent = posts.length;
  return { sent, seconds, ratio: seconds / (sent / rate), duplicates, rateLimited };
}

/**
 * The whole digest run through the app, started as `npm start` starts it, against
 * the Slack double limited to `rate` messages a second, at a clock fixed on the
 * digest morning: the run time, and duplicates counted by the double.
 */
export async function runDigestsAgainstDouble(input: {
  databaseEnv: Record<string, string>;
  morning: Date;
  people: string[];
  rate: number;
}): Promise<DigestRunResult> {
  const { morning, people, rate } = input;
  const double = await digestDouble(people, rate);
  const env = loadEnv({ ...digestAppEnv(double, rate), ...input.databaseEnv });
  const app = await startTouchbase({
    env,
    logger: createLogger('warn', process.stderr),
    clock: { now: () => morning },
    scheduler: 'manual',
  });
  try {
    const started = performance.now();
    // One tick serves everyone due; a second finds nobody left (or what failed, after its wait).
    for (let tick = 0; tick < 5; tick++) {
      const summary = await app.runDigestTick();
      if (!summary || summary.due === 0) break;
    }
    return digestRunResult(double, rate, (performance.now() - started) / 1000);
  } finally {
    await app.stop();
    await double.stop();
  }
}
