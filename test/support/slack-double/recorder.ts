import { HANG_BOUND_MS } from './hang-bound';
import type { RecordedCall } from './types';

type Waiter = { check: (call: RecordedCall) => boolean; fail: (why: Error) => void };

/** Told of each call; `receivedAtMs` is when its request had been read (performance.timeOrigin + now()). */
export type CallListener = (call: RecordedCall, receivedAtMs: number) => void;

function outcome(call: RecordedCall): string {
  if (call.status !== 200) return String(call.status);
  const r = call.response;
  if (typeof r === 'object' && r !== null && 'ok' in r) return r.ok ? 'ok' : String(r.error);
  return 'ok';
}

/** Describes what did arrive, so a timed-out wait says what the app did instead. */
export function summarize(calls: RecordedCall[]): string {
  if (calls.length === 0) return 'no calls were recorded';
  const lines = calls.slice(-40).map((c) => `${c.method} (${outcome(c)})`);
  const skipped = calls.length > 40 ? `… ${calls.length - 40} earlier, then ` : '';
  return `recorded: ${skipped}${lines.join(', ')}`;
}

export class CallRecorder {
  /** Cleared in place so references held by tests stay live. */
  readonly calls: RecordedCall[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly listeners = new Set<CallListener>();

  record(call: RecordedCall, receivedAtMs = performance.timeOrigin + performance.now()): void {
    this.calls.push(call);
    for (const w of [...this.waiters]) if (w.check(call)) this.waiters.delete(w);
    for (const listener of this.listeners) listener(call, receivedAtMs);
  }

  listen(listener: CallListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  lastCall(method: string): RecordedCall | undefined {
    return this.callsTo(method).at(-1);
  }

  /** Calls that took effect: HTTP 200 with ok:true (or a plain 2xx for response/upload URLs). */
  succeeded(method: string): RecordedCall[] {
    return this.callsTo(method).filter((c) => outcome(c) === 'ok');
  }

  waitFor(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs = HANG_BOUND_MS,
    since = 0,
  ): Promise<RecordedCall> {
    const matches = (c: RecordedCall) => c.method === method && (predicate?.(c) ?? true);
    const already = this.calls.slice(since).find(matches);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const filter = predicate ? ' matching the predicate' : '';
        reject(
          new Error(`waitForCall: no ${method}${filter} within ${timeoutMs} ms; ${summarize(this.calls)}`),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        check: (call) => {
          if (!matches(call)) return false;
          clearTimeout(timer);
          resolve(call);
          return true;
        },
        fail: (why) => {
          clearTimeout(timer);
          reject(why);
        },
      };
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** Pending waits end with the double, instead of holding timers after stop(). */
  abandonWaits(): void {
    for (const w of this.waiters) w.fail(new Error('waitForCall: the Slack double was stopped'));
    this.waiters.clear();
  }
}
