import { type RunningTouchbase, startTouchbase } from '../src/app';
import { loadEnv } from '../src/config/env';
import { createLogger } from '../src/observability/logger';
import { SlackDouble } from '../test/support/slack-double';
import type { PreparedDatabase } from './targets/prepared-database';

export const SIGNING_SECRET = 'bench-signing-secret';

export interface TouchbaseUnderTest {
  double: SlackDouble;
  app: RunningTouchbase;
  eventsUrl: string;
  stop(): Promise<void>;
}

/**
 * The real app over HTTP against the Slack double and a prepared database, logging
 * only warnings (to stderr) so log writing does not become part of what is measured.
 */
export async function startTouchbaseUnderTest(database: PreparedDatabase): Promise<TouchbaseUnderTest> {
  const double = await SlackDouble.start();
  const env = loadEnv({
    SLACK_BOT_TOKEN: double.botToken,
    SLACK_API_URL: double.apiUrl,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...database.env,
  });
  let app: RunningTouchbase;
  try {
    app = await startTouchbase({
      env,
      logger: createLogger('warn', process.stderr),
      slackRetryConfig: { retries: 0 },
      // Requests are measured, not the minute's digest tick or the profile refresh at start.
      scheduler: 'manual',
    });
  } catch (error) {
    await double.stop();
    throw error;
  }
  return {
    double,
    app,
    eventsUrl: `http://127.0.0.1:${app.port}/slack/events`,
    async stop() {
      await app.stop();
      await double.stop();
    },
  };
}

/** Activities in the app's database (every workspace), as the results report the data size. */
export async function countActivities(app: RunningTouchbase): Promise<number> {
  const [row] = await app.database.sql.query<{ count: number | string }>(
    'SELECT count(*) AS count FROM "Activity"',
  );
  return Number(row?.count ?? 0);
}
