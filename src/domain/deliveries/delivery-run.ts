import type { Clock } from '../clock';
import type { LaneLimits } from './workspace-lanes';

/**
 * What one claim asks the database for: up to `limit` due deliveries that nobody holds
 * and that have been tried fewer than `maxAttempts` times, leased to `owner` until `leaseUntil`.
 */
export interface ClaimTerms {
  now: Date;
  owner: string;
  leaseUntil: Date;
  maxAttempts: number;
  limit: number;
}

/** A claimed delivery that failed: `owner` must still hold the claim for the mark to count. */
export interface DeliveryFailure {
  deliveryId: number;
  owner: string;
  error: string;
  retryAfter: Date;
}

/** Where a delivery's message went, and when Slack took it. */
export interface DeliverySent {
  channelId: string;
  messageTs: string;
  at: Date;
}

/** How a delivery run (digests, reminders) claims and sends; each job sets its own numbers. */
export interface DeliveryTuning {
  /** How long a claim keeps other processes away; a process dying with one delays that delivery this much. */
  leaseMs: number;
  /** Claims of one delivery (a digest's recipient and date, a reminder), crashed and failed ones included, before giving up on it. */
  maxAttempts: number;
  /** Deliveries claimed, drawn and sent together; memory stays bounded by this. */
  batchSize: number;
  /** Messages in flight at once in one workspace (each workspace has its own Slack rate budget). */
  concurrency: number;
  /** Messages in flight at once over all workspaces together (DIGEST_MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** A failed delivery waits this long before a later tick tries it again (not within the same run). */
  failedRetryMs: number;
}

/** Where a run logs (a pino child logger in the app). */
export interface RunLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** What every delivery run is given besides its own ports. */
export interface DeliveryRunDeps {
  clock: Clock;
  /** This process, as it signs its claims. */
  owner: string;
  tuning: DeliveryTuning;
  log: RunLog;
}

/** How many messages a run has in flight, per workspace and in all (see `forEachInLanes`). */
export function laneLimits({ tuning }: Pick<DeliveryRunDeps, 'tuning'>): LaneLimits {
  return { perWorkspace: tuning.concurrency, total: tuning.maxInFlight };
}

/** The terms of a claim made at `now`: a batch, leased for `leaseMs`. */
export function claimTerms(
  now: Date,
  { owner, tuning }: Pick<DeliveryRunDeps, 'owner' | 'tuning'>,
): ClaimTerms {
  return {
    now,
    owner,
    leaseUntil: new Date(now.getTime() + tuning.leaseMs),
    maxAttempts: tuning.maxAttempts,
    limit: tuning.batchSize,
  };
}

/** Claims a run gives back unsent when it stops or fails halfway. */
interface ReleasableClaims {
  release(deliveryIds: number[], owner: string, at: Date): Promise<void>;
}

/**
 * What the digest and the reminder runs have in common besides their claims: their
 * dependencies, being told to stop by their job (no more claims; what is claimed but
 * unsent goes back), and giving claims back at once, so another process need not wait
 * out the lease.
 */
export abstract class DeliveryRun<Ports extends { deliveries: ReleasableClaims }> {
  protected stopping = false;

  constructor(protected readonly deps: DeliveryRunDeps & Ports) {}

  /** Stops claiming and sending; what the current batch has not sent yet is given back. */
  stop(): void {
    this.stopping = true;
  }

  protected giveBack(deliveryIds: number[]): Promise<void> {
    return this.deps.deliveries.release(deliveryIds, this.deps.owner, this.deps.clock.now());
  }
}
