/**
 * Work started in the background, which the caller does not wait for: counted while
 * it runs, and `idle` waits until none is left (tests, a graceful stop).
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<unknown>>();

  /** Tracks `work` until it settles. */
  add(work: Promise<unknown>): void {
    const tracked = work.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  get size(): number {
    return this.running.size;
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
