import { type RunningTouchbase, startTouchbase } from '../../../src/app';
import { loadEnv } from '../../../src/config/env';
import type { ReminderRunSummary } from '../../../src/domain/reminders/deliver-reminders';
import type { PrismaClient } from '../../../src/generated/prisma/client';
import { createLogger } from '../../../src/observability/logger';
import { activitySlack, SettableClock, typeByKey, workspaceOf } from '../../support/fixtures/activities';
import type { KeptDatabase } from '../../support/kept-database';
import { captureLogs } from '../../support/log-capture';
import {
  type RecordedCall,
  SlackDouble,
  SlackUserAgent,
  type StoredMessage,
} from '../../support/slack-double';
import { failOnStrayMentions, SIGNING_SECRET, type TestApp } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/**
 * One Slack double and one database shared by running apps (replicas: PostgreSQL only),
 * one settable clock, reminders ticked by hand.
 */
export interface ReminderBed {
  double: SlackDouble;
  database: TestDatabase;
  apps: (RunningTouchbase | null)[];
  clock: SettableClock;
  logs: Record<string, unknown>[];
  prisma: PrismaClient;
  workspaceId: number;
  person: { id: number; name: string };
  /** The Slack steps of the activity tests, against the first running app. */
  t: TestApp;
  form: ReturnType<typeof activitySlack>;
  tick(at?: string | Date, app?: number): Promise<ReminderRunSummary | null>;
  /** Stops app `index` and starts a new one in its place on the same database. */
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startReminderBed(options: {
  now: string;
  instances?: number;
  /** The file's database (keepTestDatabase), emptied for this bed; a new one otherwise. */
  database?: KeptDatabase;
}): Promise<ReminderBed> {
  const double = await SlackDouble.start();
  const database = await (options.database?.fresh() ?? createTestDatabase());
  const clock = new SettableClock(new Date(options.now));
  const { logs, sink } = captureLogs();
  const env = loadEnv({
    SLACK_BOT_TOKEN: double.botToken,
    SLACK_API_URL: double.apiUrl,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    HOLIDAY_COUNTRY: 'SE',
    ...database.env,
  });
  const start = () =>
    startTouchbase({
      env,
      logger: createLogger('info', sink),
      clock,
      slackRetryConfig: { retries: 0 },
      scheduler: 'manual',
      homeRefreshIntervalMs: 0,
      digestTuning: { ratePerSecond: 200, backoffMs: 20 },
      reminderTuning: { backoffMs: 20 },
      databaseTarget: database.target,
    });
  const apps: (RunningTouchbase | null)[] = [];
  for (let i = 0; i < (options.instances ?? 1); i++) apps.push(await start());
  const first = apps[0] as RunningTouchbase;
  const slack = new SlackUserAgent({
    double,
    signingSecret: SIGNING_SECRET,
    transport: { kind: 'http', url: `http://127.0.0.1:${first.port}/slack/events` },
  });
  const t = { double, slack, app: first, logs } as unknown as TestApp;
  const workspace = await workspaceOf(t);
  const person = await first.database.prisma.person.create({
    data: { workspaceId: workspace.id, name: 'Pia Person' },
  });
  await typeByKey(first.database.prisma, workspace.id, 'MEETING');
  const running = () => apps.find((app): app is RunningTouchbase => app !== null) ?? first;
  return {
    double,
    database,
    apps,
    clock,
    logs,
    get prisma() {
      return running().database.prisma;
    },
    workspaceId: workspace.id,
    person: { id: person.id, name: person.name },
    t,
    form: activitySlack(t),
    async tick(at, app = 0) {
      if (at !== undefined) clock.set(new Date(at));
      const summary = await (apps[app] as RunningTouchbase).runReminderTick();
      await (apps[app] as RunningTouchbase).idle();
      return summary;
    },
    async restart(index) {
      await apps[index]?.stop();
      apps[index] = null;
      apps[index] = await start();
    },
    async stop() {
      const stray = double.strayMentionRefusals();
      for (const app of apps) await app?.stop();
      await double.stop();
      await database.drop();
      failOnStrayMentions(stray);
    },
  };
}

/** A Slack user in the double and their employee row (reminders on unless said otherwise). */
export async function addStaff(
  bed: ReminderBed,
  input: { slackUserId: string; timezone: string; locale?: string; remindersEnabled?: boolean },
): Promise<number> {
  bed.double.addUser({
    id: input.slackUserId,
    name: input.slackUserId.toLowerCase(),
    tz: input.timezone,
    locale: input.locale ?? 'en-US',
  });
  const employee = await bed.prisma.employee.create({
    data: {
      workspaceId: bed.workspaceId,
      slackUserId: input.slackUserId,
      name: input.slackUserId.toLowerCase(),
      timezone: input.timezone,
      slackLocale: input.locale ?? 'en-US',
      profileRefreshedAt: bed.clock.now(),
      remindersEnabled: input.remindersEnabled ?? true,
    },
  });
  return employee.id;
}

/** Reminder DMs (successful chat.postMessage calls with the reminder's buttons), by Slack user id. */
export function remindersTo(double: SlackDouble): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of double.succeededCalls('chat.postMessage') as RecordedCall[]) {
    if (!JSON.stringify(call.args).includes('reminder_actions')) continue;
    const channel = String(call.args.channel);
    counts[channel] = (counts[channel] ?? 0) + 1;
  }
  return counts;
}

/** The reminder messages as they stand now (redrawn or not) in a user's DM, oldest first. */
export function reminderMessages(double: SlackDouble, slackUserId: string): StoredMessage[] {
  const channel = double.dmChannelFor(slackUserId);
  return (double.succeededCalls('chat.postMessage') as RecordedCall[])
    .filter((call) => JSON.stringify(call.args).includes('reminder_actions'))
    .map((call) => (call.response as { channel?: string; ts?: string }) ?? {})
    .filter((answer) => answer.channel === channel && answer.ts)
    .flatMap((answer) => double.message(channel, String(answer.ts)) ?? []);
}
