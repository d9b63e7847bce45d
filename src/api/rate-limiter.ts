import type { Clock } from '../domain/clock';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per API token, in this process: `perMinute` requests a minute
 * on average, bursts up to `perMinute`. With several replicas each keeps its
 * own buckets, so the effective limit is per replica (README says so).
 * `perMinute` 0 turns the limit off.
 */
export class TokenRateLimiter {
  private readonly buckets = new Map<number, Bucket>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  take(key: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    if (this.perMinute <= 0) return { allowed: true };
    const now = this.clock.now().getTime();
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }
}
