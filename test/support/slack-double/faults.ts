import { str } from './json';
import type { Fault } from './types';

export type Injected =
  | { kind: 'delay'; ms: number }
  | { kind: 'hold' }
  | { kind: 'http'; status: number; retryAfter?: number }
  | { kind: 'error'; error: string };

interface Budget {
  perSecond: number;
  perChannel: boolean;
  /** Counted per workspace (the token's), as Slack counts its limits per app and workspace. */
  perWorkspace: boolean;
  /** Accepted-call times per key (the method, with the channel and/or workspace). */
  hits: Map<string, number[]>;
}

/** Scheduled failures and rate limits, per method. */
export class FaultInjector {
  /** Per method; a fault with a `teamId` hits only calls made with that workspace's token. */
  private readonly queued = new Map<string, { fault: Fault; remaining: number; teamId?: string }[]>();
  private readonly budgets = new Map<string, Budget>();

  constructor(private readonly now: () => number) {}

  fail(method: string, fault: Fault, times: number, teamId?: string): void {
    const queue = this.queued.get(method) ?? [];
    queue.push({ fault, remaining: times, teamId });
    this.queued.set(method, queue);
  }

  rateLimit(method: string, perSecond: number, perChannel: boolean, perWorkspace = false): void {
    this.budgets.set(method, { perSecond, perChannel, perWorkspace, hits: new Map() });
  }

  clear(): void {
    this.queued.clear();
    this.budgets.clear();
  }

  /** The next scheduled fault for this method, spending one of its repetitions. */
  take(method: string, teamId?: string): Injected | undefined {
    const queue = this.queued.get(method);
    const head = queue?.find((entry) => entry.teamId === undefined || entry.teamId === teamId);
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.splice(queue.indexOf(head), 1);
    const f = head.fault;
    if ('delayMs' in f) return { kind: 'delay', ms: f.delayMs };
    if ('hold' in f) return { kind: 'hold' };
    if ('error' in f) return { kind: 'error', error: f.error };
    return { kind: 'http', status: f.status, retryAfter: 'retryAfter' in f ? f.retryAfter : undefined };
  }

  /**
   * Sliding one-second window. Refused calls do not spend budget, as with Slack, so a client
   * that waits Retry-After gets through.
   */
  overBudget(method: string, args: Record<string, unknown>, teamId?: string): boolean {
    const budget = this.budgets.get(method);
    if (!budget) return false;
    let key = budget.perChannel ? `${method}:${str(args.channel) ?? ''}` : method;
    if (budget.perWorkspace) key = `${key}@${teamId ?? ''}`;
    const now = this.now();
    const recent = (budget.hits.get(key) ?? []).filter((t) => now - t < 1000);
    const refused = recent.length >= budget.perSecond;
    if (!refused) recent.push(now);
    budget.hits.set(key, recent);
    return refused;
  }
}
