/** One person's Home: being drawn now, waiting for its next turn, and whether it changed meanwhile. */
interface HomeState {
  running: Promise<void> | null;
  timer: NodeJS.Timeout | null;
  /** The latest way to draw it, kept while a draw is running or waiting. */
  pending: (() => Promise<void>) | null;
  lastStarted: number;
}

/**
 * Redraws other people's App Homes without redrawing one Home for every change:
 * the first change draws at once; changes while it is being drawn, or within
 * `minIntervalMs` of the last draw, are folded into one more draw when the
 * interval is over. An integration creating hundreds of activities for one person
 * thus costs that person a few redraws, and stays clear of Slack's rate limit
 * for views.publish.
 */
export class HomeRefresher {
  private readonly homes = new Map<string, HomeState>();
  private readonly idleWaiters: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly minIntervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves once the draw this request started is done; at once when it was folded into a later one. */
  request(key: string, draw: () => Promise<void>): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const home = this.homes.get(key) ?? { running: null, timer: null, pending: null, lastStarted: 0 };
    this.homes.set(key, home);
    if (home.running || home.timer) {
      home.pending = draw;
      return Promise.resolve();
    }
    const wait = home.lastStarted + this.minIntervalMs - this.now();
    if (wait > 0) {
      home.pending = draw;
      home.timer = setTimeout(() => this.drawPending(key, home), wait);
      return Promise.resolve();
    }
    return this.start(key, home, draw);
  }

  /** True when no Home is being drawn or waiting for its turn. */
  get isIdle(): boolean {
    for (const home of this.homes.values()) if (home.running || home.timer) return false;
    return true;
  }

  /** Resolves once no Home is being drawn or waiting for its turn. */
  idle(): Promise<void> {
    if (this.isIdle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settled(): void {
    if (this.isIdle) for (const wake of this.idleWaiters.splice(0)) wake();
  }

  /** Waits for draws running now; waiting ones are dropped (the app is stopping). */
  async stop(): Promise<void> {
    this.stopped = true;
    const running: Promise<void>[] = [];
    for (const home of this.homes.values()) {
      if (home.timer) clearTimeout(home.timer);
      home.timer = null;
      home.pending = null;
      if (home.running) running.push(home.running);
    }
    await Promise.allSettled(running);
    this.settled();
  }

  private drawPending(key: string, home: HomeState): void {
    home.timer = null;
    const draw = home.pending;
    home.pending = null;
    if (draw && !this.stopped) void this.start(key, home, draw);
    else this.settled();
  }

  private start(key: string, home: HomeState, draw: () => Promise<void>): Promise<void> {
    home.lastStarted = this.now();
    home.running = draw().finally(() => {
      home.running = null;
      // The state stays (one small entry per person ever redrawn): a change soon after
      // this draw must still wait for the interval.
      if (home.pending && !this.stopped) {
        const wait = Math.max(0, home.lastStarted + this.minIntervalMs - this.now());
        home.timer = setTimeout(() => this.drawPending(key, home), wait);
      }
      this.settled();
    });
    return home.running;
  }
}
