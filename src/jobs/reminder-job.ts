import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { WebClient } from '@slack/web-api';
import cron, { type ScheduledTask } from 'node-cron';
import type { Env } from '../config/env';
import type { GetActivity } from '../domain/activities/get-activity';
import type { Clock } from '../domain/clock';
import {
  DeliverReminders,
  type ReminderRunSummary,
  type ReminderTuning,
} from '../domain/reminders/deliver-reminders';
import type { ReminderDeliveries, ReminderSubjects } from '../domain/reminders/reminder-ports';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { slackClientOptions } from '../slack/bolt-app';
import type { SendPace } from '../slack/digests/send-pace';
import { type SenderTuning, SlackDigestSender } from '../slack/digests/slack-digest-sender';
import { SlackReminderComposer } from '../slack/reminders/slack-reminder-composer';

export const DEFAULT_REMINDER_TUNING: ReminderTuning & SenderTuning = {
  leaseMs: 2 * 60_000,
  maxAttempts: 5,
  batchSize: 100,
  concurrency: 4,
  failedRetryMs: 60_000,
  serverRetries: 3,
  backoffMs: 500,
  rateLimitRetries: 10,
};

export interface ReminderJobDeps {
  stores: { deliveries: ReminderDeliveries; recipients: ReminderSubjects };
  activities: Pick<GetActivity, 'getVisible'>;
  env: Env;
  metrics: Metrics;
  logger: Logger;
  clock: Clock;
  /** Shared with the digests: one budget of DMs per second. */
  pace: SendPace;
  tuning?: Partial<ReminderTuning & SenderTuning>;
}

/**
 * Ticks every 15 seconds and sends the reminders due (product §5.4): a reminder whose
 * moment falls just after a tick waits for the next one, so the tick sets how late one
 * can be. The claim is one indexed statement, cheap to run that often. Touchbase's own
 * tick rather than chat.scheduleMessage: see README "Reminders". A run still going when
 * the next tick comes is not started again here; other replicas are kept apart by the claims.
 */
export const REMINDER_TICK_SECONDS = 15;

export class ReminderScheduler {
  private task: ScheduledTask | undefined;
  private running: Promise<ReminderRunSummary | null> | undefined;
  private stopped = false;

  constructor(
    private readonly deliver: DeliverReminders,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.task = cron.schedule(`*/${REMINDER_TICK_SECONDS} * * * * *`, () => this.tick(), {
      name: 'reminders',
      noOverlap: true,
    });
  }

  tick(): Promise<ReminderRunSummary | null> {
    if (this.stopped || this.running) return Promise.resolve(null);
    this.running = this.deliver
      .execute()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'reminder run failed; the next tick tries again');
        return null;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.task?.stop();
    this.deliver.stop();
    await this.running;
  }
}

/** The reminder engine wired for production: repository, Slack composer and sender, metrics, scheduler. */
export function createReminderJob(deps: ReminderJobDeps): ReminderScheduler {
  const tuning = { ...DEFAULT_REMINDER_TUNING, ...deps.tuning };
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const log = deps.logger.child({ component: 'reminders' });
  const client = new WebClient(deps.env.SLACK_BOT_TOKEN, {
    ...slackClientOptions(deps.env, deps.metrics, { retries: 0 }),
    rejectRateLimitedCalls: true,
  });
  // Retries are counted where every Web API call is (touchbase_slack_api_retries_total).
  const sender = new SlackDigestSender<'REMINDER'>(client, deps.pace, tuning, () => undefined);
  const outcome = (name: string) => deps.metrics.reminders.inc({ outcome: name });
  const deliver = new DeliverReminders(
    deps.stores.deliveries,
    new SlackReminderComposer(deps.stores.recipients, deps.activities),
    { send: (message) => sender.send(message, 'REMINDER') },
    {
      sent: (lateSeconds) => {
        outcome('sent');
        deps.metrics.reminderLateSeconds.observe(lateSeconds);
      },
      dropped: () => outcome('dropped'),
      skipped: () => outcome('skipped'),
      failed: () => outcome('failed'),
    },
    deps.clock,
    owner,
    tuning,
    log,
  );
  return new ReminderScheduler(deliver, log);
}
