/** Slack counts a rate over a window; a little room for jitter keeps us under it. */
const WINDOW_MARGIN_MS = 10;

/** One post's place in the window: when Slack had it, as far as we can tell. */
interface Post {
  /** Infinity while the post is on its way: it may reach Slack any moment until Slack answers. */
  at: number;
}

/**
 * Keeps message posts at `perSecond` across every concurrent sender, the way a
 * rate limiter counts them: at most `capacity` posts within any window. A post is
 * dated when Slack answers it — it reached Slack by then — so a pause of our own
 * between taking a slot and sending can never squeeze two posts closer than Slack
 * allows. Waiting for the oldest post to age out (rather than spacing each post
 * from the one before) means a timer that fires late delays one post, not every
 * post after it. While Slack has asked us to wait (429 Retry-After) nobody posts:
 * Slack's limits are per app and workspace, not per request.
 */
export class SendPace {
  private readonly capacity: number;
  private readonly windowMs: number;
  /** The last `capacity` posts, in the order their slots were taken. */
  private readonly recent: Post[] = [];
  private pausedUntil = 0;

  constructor(
    perSecond: number,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
    private readonly now: () => number = () => performance.now(),
  ) {
    const rate = Math.max(perSecond, 0.001);
    this.capacity = Math.max(1, Math.floor(rate));
    this.windowMs = (this.capacity * 1000) / rate + WINDOW_MARGIN_MS;
  }

  /** Resolves when the caller may post, with the function to call once Slack has answered. */
  async take(): Promise<() => void> {
    for (;;) {
      const now = this.now();
      const oldest =
        this.recent.length < this.capacity
          ? Number.NEGATIVE_INFINITY
          : Math.min(...this.recent.map((post) => post.at));
      const slot = Math.max(oldest + this.windowMs, this.pausedUntil);
      if (slot <= now) {
        const post: Post = { at: Number.POSITIVE_INFINITY };
        this.recent.push(post);
        if (this.recent.length > this.capacity) this.recent.shift();
        return () => {
          post.at = this.now();
        };
      }
      // Checked again on waking: a pause announced meanwhile, or another sender, may have taken the slot.
      // A post still on its way has no date yet: look again shortly.
      await this.sleep(Number.isFinite(slot) ? slot - now : 5);
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
