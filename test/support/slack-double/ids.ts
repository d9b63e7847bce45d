import { randomBytes } from 'node:crypto';

/**
 * Ids in Slack's shapes. Counters rather than randomness so failing tests print the same ids
 * on every run; a random tail is kept only where Slack's ids are secrets (trigger ids, URLs).
 */
export class IdFactory {
  private readonly counters = new Map<string, number>();
  private lastTsMicros = 0;

  constructor(private readonly now: () => number) {}

  /** `V00000001`-style id: Slack ids are an upper-case letter plus upper-case alphanumerics. */
  next(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${String(n).padStart(8, '0')}`;
  }

  /** Short alphanumeric ids like the ones Slack invents for blocks and elements that lack one. */
  short(): string {
    const n = (this.counters.get('#short') ?? 0) + 1;
    this.counters.set('#short', n);
    return `b${n.toString(36)}x`;
  }

  secret(): string {
    return randomBytes(8).toString('hex');
  }

  /** Message ts: seconds.microseconds, strictly increasing even with a frozen injected clock. */
  ts(): string {
    let micros = Math.floor(this.now()) * 1000;
    if (micros <= this.lastTsMicros) micros = this.lastTsMicros + 1;
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  triggerId(): string {
    const n = (this.counters.get('#trigger') ?? 0) + 1;
    this.counters.set('#trigger', n);
    return `${Math.floor(this.now() / 1000)}.${n}.${this.secret()}`;
  }

  viewHash(): string {
    return `${Math.floor(this.now() / 1000)}.${this.secret().slice(0, 8)}`;
  }
}
