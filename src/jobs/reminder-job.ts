import { WebClient } from '@slack/web-api';
import type { Env } from '../config/env';
import type { GetActivity } from '../domain/activities/get-activity';
import type { Clock } from '../domain/clock';
import type { DeliveryTuning } from '../domain/deliveries/delivery-run';
import { DeliverReminders, type ReminderRunSummary } from '../domain/reminders/deliver-reminders';
import type { ReminderDeliveries, ReminderSubjects } from '../domain/reminders/reminder-ports';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { slackClientOptions } from '../slack/bolt-app';
import { type SenderTuning, SlackDigestSender } from '../slack/digests/slack-digest-sender';
import type { WorkspacePaces } from '../slack/digests/workspace-paces';
import { SlackReminderComposer } from '../slack/reminders/slack-reminder-composer';
import { deliveryOwner, maxInFlightOf, SENDER_DEFAULTS } from './delivery-defaults';
import { type ScheduledJob, scheduledJob } from './scheduled-job';

export const DEFAULT_REMINDER_TUNING: DeliveryTuning & SenderTuning = {
  ...SENDER_DEFAULTS,
  leaseMs: 2 * 60_000,
  batchSize: 100,
};

export interface ReminderJobDeps {
  stores: { deliveries: ReminderDeliveries; recipients: ReminderSubjects };
  activities: Pick<GetActivity, 'visibleToEach'>;
  env: Env;
  metrics: Metrics;
  logger: Logger;
  clock: Clock;
  /** Each workspace's pace, shared with the digests. */
  paces: WorkspacePaces;
  /** The bot token of a workspace (SLACK_BOT_TOKEN, or its install's). */
  tokenFor: (slackTeamId: string) => Promise<string>;
  tuning?: Partial<DeliveryTuning & SenderTuning>;
}

/**
 * How often the reminder job runs (product §5.4): a reminder whose moment falls just after a
 * tick waits for the next one, so the tick sets how late one can be. The claim is one
 * indexed statement, cheap to run that often. Touchbase's own tick rather than
 * chat.scheduleMessage: see README "Reminders".
 */
export const REMINDER_TICK_SECONDS = 15;

/**
 * The reminder engine wired for production: repository, Slack composer and sender, metrics,
 * and a run every 15 seconds. A run still going when the next tick comes is not started
 * again here; other replicas are kept apart by the claims.
 */
export function createReminderJob(deps: ReminderJobDeps): ScheduledJob<ReminderRunSummary> {
  const tuning = {
    ...DEFAULT_REMINDER_TUNING,
    maxInFlight: maxInFlightOf(deps.env),
    ...deps.tuning,
  };
  const owner = deliveryOwner();
  const log = deps.logger.child({ component: 'reminders' });
  const client = new WebClient(undefined, {
    ...slackClientOptions(deps.env, deps.metrics, { retries: 0 }),
    rejectRateLimitedCalls: true,
  });
  // Retries are counted where every Web API call is (touchbase_slack_api_retries_total).
  const sender = new SlackDigestSender<'REMINDER'>({
    client,
    tokenFor: deps.tokenFor,
    paces: deps.paces,
    tuning,
    onRetry: () => undefined,
  });
  const outcome = (name: string) => deps.metrics.reminders.inc({ outcome: name });
  const deliver = new DeliverReminders({
    deliveries: deps.stores.deliveries,
    composer: new SlackReminderComposer(deps.stores.recipients, deps.activities),
    sender: { send: (message) => sender.send(message, 'REMINDER') },
    observer: {
      sent: (lateSeconds) => {
        outcome('sent');
        deps.metrics.reminderLateSeconds.observe(lateSeconds);
      },
      held: () => outcome('held'),
      dropped: () => outcome('dropped'),
      skipped: () => outcome('skipped'),
      failed: () => outcome('failed'),
    },
    clock: deps.clock,
    owner,
    tuning,
    log,
  });
  return scheduledJob(
    { logger: log, metrics: deps.metrics },
    {
      name: 'reminders',
      cron: `*/${REMINDER_TICK_SECONDS} * * * * *`,
      failed: 'reminder run failed; the next tick tries again',
      run: () => deliver.execute(),
      // A run in progress stops claiming and gives back what it has not sent.
      interrupt: () => deliver.stop(),
    },
  );
}
