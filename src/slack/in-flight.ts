import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Counts listeners still running, so shutdown can wait for them to finish. */
export class InFlight {
  private running = 0;
  private waiters: (() => void)[] = [];

  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ next }) => {
      this.running += 1;
      try {
        await next();
      } finally {
        this.running -= 1;
        // On the next turn of the loop: a listener's error still travels on to Bolt's error
        // handler (which logs it) after this finally, and idle() means that is done too.
        if (this.running === 0) setImmediate(() => this.wakeIfIdle());
      }
    };
  }

  private wakeIfIdle(): void {
    if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
  }

  get count(): number {
    return this.running;
  }

  /** Resolves when nothing runs. */
  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Resolves when nothing runs, or after `timeoutMs` at the latest. */
  async drained(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
