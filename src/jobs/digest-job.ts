import { WebClient } from '@slack/web-api';
import type { Env } from '../config/env';
import type { Clock } from '../domain/clock';
import type { DeliveryTuning } from '../domain/deliveries/delivery-run';
import { DeliverDigests, type RunSummary } from '../domain/digests/deliver-digests';
import type {
  DigestActivities,
  DigestAudience,
  DigestClaims,
  DigestDeliveries,
  DigestRecipients,
} from '../domain/digests/digest-ports';
import { BuildPersonalDigests } from '../domain/digests/personal-digest';
import type { TeamDigestFigures } from '../domain/teams/team-ports';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { slackClientOptions } from '../slack/bolt-app';
import { PersonalDigestAudience } from '../slack/digests/personal-digest-audience';
import { type SenderTuning, SlackDigestSender } from '../slack/digests/slack-digest-sender';
import { TeamDigestAudience } from '../slack/digests/team-digest-audience';
import type { WorkspacePaces } from '../slack/digests/workspace-paces';
import { deliveryOwner, maxInFlightOf, SENDER_DEFAULTS } from './delivery-defaults';
import { type ScheduledJob, scheduledJob } from './scheduled-job';

export interface DigestTuning extends DeliveryTuning, SenderTuning {
  /** chat.postMessage calls per second over all digests (DIGEST_RATE_PER_SECOND). */
  ratePerSecond: number;
}

export const DEFAULT_DIGEST_TUNING: Omit<DigestTuning, 'ratePerSecond' | 'batchSize'> = {
  ...SENDER_DEFAULTS,
  leaseMs: 5 * 60_000,
};

/**
 * Recipients per batch: at most 200, and few enough that a batch is sent well
 * within the lease at the configured rate (else another replica would take over
 * claims still waiting their turn here).
 */
export function batchSizeFor(ratePerSecond: number, leaseMs: number): number {
  return Math.max(1, Math.min(200, Math.floor((ratePerSecond * leaseMs) / 1000 / 2)));
}

/** Where digests come from and are recorded: the repositories, built in the composition root. */
export interface DigestStores {
  deliveries: DigestDeliveries & DigestClaims;
  activities: DigestActivities;
  recipients: DigestRecipients;
  teams: TeamDigestFigures;
}

export interface DigestJobDeps {
  stores: DigestStores;
  env: Env;
  metrics: Metrics;
  logger: Logger;
  clock: Clock;
  tuning?: Partial<DigestTuning>;
  /** The bot token of a workspace (SLACK_BOT_TOKEN, or its install's). */
  tokenFor: (slackTeamId: string) => Promise<string>;
  /** Link to the app's Home tab once known (after auth.test), for "…and N more". */
  homeUrl: () => string | undefined;
  /** Each workspace's pace, shared with reminders: both post DMs under the same Slack limits. */
  paces: WorkspacePaces;
}

export interface DigestJob {
  personal: BuildPersonalDigests;
  /**
   * Every minute, the digest delivery: a run still going when the next minute comes is not
   * started again in this process (other replicas are kept apart by the claims).
   */
  job: ScheduledJob<RunSummary>;
  /** Who this process claims as (host, pid and a random part: two apps in one process differ too). */
  owner: string;
}

/** The digest engine wired for production: repositories, Slack sender, pacing, metrics, schedule. */
export function createDigestJob(deps: DigestJobDeps): DigestJob {
  const { stores, env, metrics, logger } = deps;
  const ratePerSecond = deps.tuning?.ratePerSecond ?? env.DIGEST_RATE_PER_SECOND;
  const leaseMs = deps.tuning?.leaseMs ?? DEFAULT_DIGEST_TUNING.leaseMs;
  const tuning: DigestTuning = {
    ...DEFAULT_DIGEST_TUNING,
    batchSize: batchSizeFor(ratePerSecond, leaseMs),
    maxInFlight: maxInFlightOf(env),
    ...deps.tuning,
    ratePerSecond,
  };
  const owner = deliveryOwner();
  const log = logger.child({ component: 'digests' });
  const client = new WebClient(undefined, {
    ...slackClientOptions(env, metrics, { retries: 0 }),
    rejectRateLimitedCalls: true,
  });
  const sender = new SlackDigestSender({
    client,
    tokenFor: deps.tokenFor,
    paces: deps.paces,
    tuning,
    onRetry: (kind, reason) => metrics.digestsRetried.inc({ kind, reason }),
  });
  const { deliveries, recipients } = stores;
  const personal = new BuildPersonalDigests(stores.activities);
  const audiences: DigestAudience[] = [
    new PersonalDigestAudience({ deliveries, recipients, build: personal, homeUrl: deps.homeUrl }),
    new TeamDigestAudience(deliveries, recipients, stores.teams),
  ];
  const deliver = new DeliverDigests({
    audiences,
    deliveries,
    sender,
    observer: {
      sent: (kind, seconds) => {
        metrics.digestsSent.inc({ kind });
        metrics.digestSendSeconds.observe({ kind }, seconds);
      },
      skipped: (kind) => metrics.digestsSkipped.inc({ kind }),
      failed: (kind) => metrics.digestsFailed.inc({ kind }),
      run: (seconds) => metrics.digestRunSeconds.observe(seconds),
    },
    clock: deps.clock,
    owner,
    tuning,
    log,
  });
  const job = scheduledJob(
    { logger: log, metrics },
    {
      name: 'digests',
      cron: '* * * * *',
      failed: 'digest run failed; the next tick tries again',
      run: () => deliver.execute(),
      // A run in progress stops claiming and gives back what it has not sent.
      interrupt: () => deliver.stop(),
    },
  );
  return { personal, job, owner };
}
