import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Env } from '../config/env';

/** Messages in flight over all workspaces when DIGEST_MAX_IN_FLIGHT is unset. */
export const DEFAULT_MAX_IN_FLIGHT = 100;

/**
 * How digests and reminders alike retry and pace their Slack messages; each job adds its own
 * lease (and reminders their batch size).
 */
export const SENDER_DEFAULTS = {
  maxAttempts: 5,
  concurrency: 4,
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  failedRetryMs: 60_000,
  serverRetries: 3,
  backoffMs: 500,
  rateLimitRetries: 10,
} as const;

/** DIGEST_MAX_IN_FLIGHT, which bounds digests and reminders together. */
export function maxInFlightOf(env: Env): number {
  return env.DIGEST_MAX_IN_FLIGHT ?? DEFAULT_MAX_IN_FLIGHT;
}

/** Who holds a delivery claim: this process, told apart from a restarted one with the same pid. */
export function deliveryOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}
