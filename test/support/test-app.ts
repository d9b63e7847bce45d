import { type RunningTouchbase, startTouchbase } from '../../src/app';
import { loadEnv } from '../../src/config/env';
import type { DatabaseTarget } from '../../src/db/database-target';
import { type Clock, systemClock } from '../../src/domain/clock';
import { createLogger } from '../../src/observability/logger';
import type { KeptDatabase } from './kept-database';
import { captureLogs } from './log-capture';
import { SIGNING_SECRET } from './signing-secret';
import { type RecordedCall, SlackDouble, type SlackDoubleOptions, SlackUserAgent } from './slack-double';
import { OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } from './slack-double/oauth/oauth-server';
import { createTestDatabase, type TestDatabase } from './test-database';

export { SIGNING_SECRET };

export const STATE_SECRET = 'test-state-secret-of-at-least-32-characters';
/** 32 bytes as hex, as `openssl rand -hex 32` prints them. */
export const TOKEN_ENCRYPTION_KEY = '8f1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff0';

export interface TestApp {
  double: SlackDouble;
  app: RunningTouchbase;
  slack: SlackUserAgent;
  baseUrl: string;
  database: TestDatabase;
  /** Everything the app logged, as parsed JSON lines. */
  logs: Record<string, unknown>[];
  /** Plays Slack for a user of another workspace of the double (SlackDouble.addWorkspace). */
  slackFor(workspace: SlackDouble): SlackUserAgent;
  /** Another app on the same database, double and clock: a second replica (PostgreSQL only). Stopped with the rest. */
  startReplica(): Promise<RunningTouchbase>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  mode?: 'http' | 'socket';
  env?: Record<string, string>;
  clock?: Clock;
  /** Rewrites the PostgreSQL URL the app gets, e.g. to go through a FreezableProxy. */
  databaseUrl?: (url: string) => string;
  /** Distributed mode: no bot token; workspaces install through OAuth (test/support/oauth-install.ts). */
  distributed?: boolean;
  /** How the double's root workspace is made (its team, an Enterprise Grid organization). */
  slack?: SlackDoubleOptions;
  /** Least time between two draws of one person's assignment message (default 0: each at once). */
  assignmentDrawIntervalMs?: number;
  /**
   * Least time between two redraws of one person's App Home (default 0: a change is drawn at
   * once, or right after the draw running). A test that sets it moves time on with
   * `app.redrawWaitingHomes()`.
   */
  homeRefreshIntervalMs?: number;
  /** The file's database (keepTestDatabase), emptied for this app; a new one otherwise. */
  database?: KeptDatabase;
}

/** The real app over real HTTP (or Socket Mode), a real database, and the Slack double. */
export async function startTestApp(requested: TestAppOptions = {}): Promise<TestApp> {
  // TEST_SLACK_MODE=socket runs every suite that does not choose a transport over Socket Mode.
  const options = { ...requested, mode: requested.mode ?? defaultMode() };
  const double = await SlackDouble.start(options.slack);
  const database = await (options.database?.fresh() ?? createTestDatabase());
  const { logs, sink } = captureLogs();
  const env = loadEnv({
    ...(options.distributed
      ? {
          SLACK_CLIENT_ID: OAUTH_CLIENT_ID,
          SLACK_CLIENT_SECRET: OAUTH_CLIENT_SECRET,
          SLACK_STATE_SECRET: STATE_SECRET,
          TOKEN_ENCRYPTION_KEY,
        }
      : { SLACK_BOT_TOKEN: double.botToken }),
    SLACK_API_URL: double.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...(options.mode === 'socket'
      ? { SLACK_APP_TOKEN: double.appToken }
      : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ...database.env,
    ...(database.url && options.databaseUrl ? { DATABASE_URL: options.databaseUrl(database.url) } : {}),
    ...options.env,
  });
  let app: RunningTouchbase;
  const start = () =>
    startTouchbase({
      env,
      logger: createLogger('info', sink),
      clock: options.clock ?? systemClock,
      slackRetryConfig: { retries: 0 },
      // Digests run when a test calls app.runDigestTick(), never on the wall clock's minute.
      scheduler: 'manual',
      // Every change redraws the Homes it touches at once, so tests need not wait out a pause.
      homeRefreshIntervalMs: options.homeRefreshIntervalMs ?? 0,
      assignmentDrawIntervalMs: options.assignmentDrawIntervalMs ?? 0,
      databaseTarget: targetFor(database, options),
    });
  const replicas: RunningTouchbase[] = [];
  try {
    app = await start();
  } catch (error) {
    await double.stop();
    await database.drop();
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${app.port}`;
  const slackFor = (workspace: SlackDouble) =>
    new SlackUserAgent({
      double: workspace,
      signingSecret: SIGNING_SECRET,
      transport:
        options.mode === 'socket' ? { kind: 'socket' } : { kind: 'http', url: `${baseUrl}/slack/events` },
    });
  const slack = slackFor(double);
  return {
    double,
    app,
    slack,
    baseUrl,
    database,
    logs,
    slackFor,
    async startReplica() {
      if (!database.url) throw new Error('replicas need PostgreSQL: the embedded database has one process');
      const replica = await start();
      replicas.push(replica);
      return replica;
    },
    async stop() {
      const stray = double.strayMentionRefusals();
      for (const replica of replicas) await replica.stop();
      // The app first: a Socket Mode client whose server vanished keeps reconnecting.
      await app.stop();
      await double.stop();
      await database.drop();
      failOnStrayMentions(stray);
    },
  };
}

/**
 * Every suite checks, when it stops, that typed text never went out as a live
 * mention: the double refuses those calls (see slack-double/block-kit/mentions).
 */
export function failOnStrayMentions(refused: RecordedCall[]): void {
  if (refused.length === 0) return;
  const where = refused.map((call) => `${call.method}: ${JSON.stringify(call.response)}`).join('\n');
  throw new Error(`The app sent unescaped mentions, which the Slack double refused:\n${where}`);
}

/**
 * The test's own migrated copy, unless the suite names a database in `env` (to start
 * again on one it used before: the app then opens it by configuration) or reaches its
 * copy through a proxy (`databaseUrl`).
 */
function targetFor(database: TestDatabase, options: TestAppOptions): DatabaseTarget | undefined {
  if (options.env?.DATABASE_URL || options.env?.DATA_DIR) return undefined;
  if (database.url && options.databaseUrl)
    return { kind: 'postgres', url: options.databaseUrl(database.url) };
  return database.target;
}

function defaultMode(): 'http' | 'socket' {
  return process.env.TEST_SLACK_MODE === 'socket' ? 'socket' : 'http';
}
