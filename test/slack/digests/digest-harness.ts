import { type RunningTouchbase, startTouchbase } from '../../../src/app';
import { loadEnv } from '../../../src/config/env';
import type { RunSummary } from '../../../src/domain/digests/deliver-digests';
import type { PrismaClient } from '../../../src/generated/prisma/client';
import type { DigestTuning } from '../../../src/jobs/digest-job';
import { createLogger } from '../../../src/observability/logger';
import { SettableClock, typeByKey, workspaceOf } from '../../support/fixtures/activities';
import type { KeptDatabase } from '../../support/kept-database';
import { captureLogs } from '../../support/log-capture';
import { type RecordedCall, SlackDouble, SlackUserAgent } from '../../support/slack-double';
import { failOnStrayMentions, SIGNING_SECRET, type TestApp } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** Short waits: the engine's behaviour, not its patience, is under test. */
export const FAST_TUNING: Partial<DigestTuning> = { backoffMs: 20, ratePerSecond: 200 };

/**
 * One Slack double and one database shared by `instances` running apps (replicas),
 * all on the same settable clock, digests ticked by hand.
 */
export interface DigestBed {
  double: SlackDouble;
  database: TestDatabase;
  apps: RunningTouchbase[];
  clock: SettableClock;
  logs: Record<string, unknown>[];
  prisma: PrismaClient;
  workspaceId: number;
  personId: number;
  typeId: number;
  /** The first app as startTestApp would give it, for the Slack user agent. */
  slack: SlackUserAgent;
  tick(at?: string | Date, app?: number): Promise<RunSummary | null>;
  stopApp(index: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startDigestBed(options: {
  now: string;
  instances?: number;
  tuning?: Partial<DigestTuning>;
  env?: Record<string, string>;
  /** The file's database (keepTestDatabase), emptied for this bed; a new one otherwise. */
  database?: KeptDatabase;
}): Promise<DigestBed> {
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
    ...options.env,
  });
  const apps: RunningTouchbase[] = [];
  const stopped = new Set<number>();
  for (let i = 0; i < (options.instances ?? 1); i++) {
    apps.push(
      await startTouchbase({
        env,
        logger: createLogger('info', sink),
        clock,
        slackRetryConfig: { retries: 0 },
        scheduler: 'manual',
        digestTuning: { ...FAST_TUNING, ...options.tuning },
        databaseTarget: database.target,
      }),
    );
  }
  const first = apps[0] as RunningTouchbase;
  const prisma = first.database.prisma;
  const workspace = await workspaceOf({ app: first, double } as TestApp);
  const person = await prisma.person.create({ data: { workspaceId: workspace.id, name: 'Pia Person' } });
  const type = await typeByKey(prisma, workspace.id, 'MEETING');
  const slack = new SlackUserAgent({
    double,
    signingSecret: SIGNING_SECRET,
    transport: { kind: 'http', url: `http://127.0.0.1:${first.port}/slack/events` },
  });
  return {
    double,
    database,
    apps,
    clock,
    logs,
    /** The database through an app still running (the first one may have been stopped). */
    get prisma() {
      const running = apps.find((_, index) => !stopped.has(index)) ?? first;
      return running.database.prisma;
    },
    workspaceId: workspace.id,
    personId: person.id,
    typeId: type.id,
    slack,
    tick(at, app = 0) {
      if (at !== undefined) clock.set(new Date(at));
      return (apps[app] as RunningTouchbase).runDigestTick();
    },
    async stopApp(index) {
      stopped.add(index);
      await (apps[index] as RunningTouchbase).stop();
    },
    async stop() {
      const stray = double.strayMentionRefusals();
      for (const [index, app] of apps.entries()) if (!stopped.has(index)) await app.stop();
      await double.stop();
      await database.drop();
      failOnStrayMentions(stray);
    },
  };
}

export interface EmployeeInput {
  slackUserId: string;
  timezone: string;
  locale?: string;
  digestEnabled?: boolean;
  digestHour?: number;
  digestDays?: number[];
}

/** A Slack user in the double and the matching employee row, as a first interaction leaves it. */
export async function addEmployee(bed: DigestBed, input: EmployeeInput): Promise<number> {
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
      digestEnabled: input.digestEnabled ?? true,
      digestHour: input.digestHour ?? 8,
      digestDays: input.digestDays ?? [1, 2, 3, 4, 5],
    },
  });
  return employee.id;
}

export async function addActivity(
  bed: DigestBed,
  responsibleId: number,
  dueAt: string | Date,
  extra: { subject?: string; isPrivate?: boolean; status?: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' } = {},
): Promise<number> {
  const due = new Date(dueAt);
  const row = await bed.prisma.activity.create({
    data: {
      workspaceId: bed.workspaceId,
      personId: bed.personId,
      typeId: bed.typeId,
      subject: extra.subject ?? 'Follow up',
      status: extra.status ?? 'NOT_STARTED',
      startAt: due,
      dueAt: due,
      responsibleId,
      isPrivate: extra.isPrivate ?? false,
    },
  });
  return row.id;
}

/** Digests that reached each user (successful chat.postMessage calls), by Slack user id. */
export function deliveredTo(double: SlackDouble): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of double.succeededCalls('chat.postMessage') as RecordedCall[]) {
    const channel = String(call.args.channel);
    counts[channel] = (counts[channel] ?? 0) + 1;
  }
  return counts;
}

/** The digest messages in a user's DM, oldest first. */
export function digestsOf(double: SlackDouble, slackUserId: string) {
  return double.messages(double.dmChannelFor(slackUserId));
}
