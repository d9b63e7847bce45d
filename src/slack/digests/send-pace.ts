/**
 * Spaces message posts evenly at `perSecond` across every concurrent sender, and
 * holds them all while Slack has asked us to wait (429 Retry-After): Slack's limits
 * are per app and workspace, not per request.
 */
export class SendPace {
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly intervalMs: number;

  constructor(
    perSecond: number,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.intervalMs = 1000 / Math.max(perSecond, 0.001);
  }

  /** Resolves when the caller may post. */
  async take(): Promise<void> {
    for (;;) {
      const now = this.now();
      const slot = Math.max(now, this.nextSlot, this.pausedUntil);
      if (slot <= now) {
        this.nextSlot = now + this.intervalMs;
        return;
      }
      // Slots are handed out when they come, so a pause announced meanwhile still counts.
      await this.sleep(slot - now);
    }
  }

  /** Slack said "retry after": nobody posts before then. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
