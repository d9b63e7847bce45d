/** Draws one person's Home, with the notice to show on top of it, if any. */
export type HomeDraw<N> = (notice: N | undefined) => Promise<void>;

/**
 * How soon a draw is wanted:
 * - `change` (default): something changed; drawn at once, unless this Home was drawn within
 *   the interval or is being drawn now: then folded into one later draw;
 * - `looking`: the person pressed something in the Home and waits to see the result; folded
 *   like a change, but never waits out the interval (drawn at once, or right after the
 *   running draw);
 * - `opened`: the tab was just opened; a draw of its own at once, beside a running draw
 *   (each opening publishes once), taking over a draw waiting for its interval.
 */
export type HomePace = 'change' | 'looking' | 'opened';

export interface HomeRequest<N> {
  /** What the person just did, on top of the Home: folded draws keep the latest notice. */
  notice?: N;
  pace?: HomePace;
}

interface PendingDraw<N> {
  draw: HomeDraw<N>;
  notice: N | undefined;
  looking: boolean;
}

/** One person's Home: the draws running now, the one waiting for its turn, and when the last began. */
interface HomeState<N> {
  key: string;
  running: Set<Promise<void>>;
  timer: NodeJS.Timeout | null;
  /** Its change's turn has come, but as many change draws as allowed are running: waits in line. */
  queued: boolean;
  /** The latest way to draw it (with the latest notice), kept while a draw is running or waiting. */
  pending: PendingDraw<N> | null;
  lastStarted: number;
}

/**
 * Redraws people's App Homes — the actor's own and everyone else's a change touches,
 * under one key per person — without one draw for every change: the first change draws
 * at once; changes while it is being drawn, or within `minIntervalMs` of the last draw,
 * are folded into one more draw when the interval is over, which shows them all. Someone
 * saving eight activities in a row, or an integration creating hundreds for one person,
 * thus costs that person's Home a few redraws (each the app's most expensive read), and
 * stays clear of Slack's rate limit for views.publish. The last draw always begins after
 * the last change, so the Home ends up current.
 *
 * Draws after changes (nobody waiting on the Home) run at most `maxChangeDraws` at a time
 * across everyone; the rest wait in line, folding further changes of theirs in meanwhile.
 * On the embedded database every statement runs on the app's one thread, so eight people
 * saving at once would otherwise queue eight Home reads ahead of the next requests' own
 * statements. Opening the tab and presses in the Home do not wait in line.
 */
export class HomeRefresher<N = never> {
  private readonly homes = new Map<string, HomeState<N>>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly now: () => number;
  private readonly onError: (key: string, error: unknown) => void;
  private readonly maxChangeDraws: number;
  /** People whose change draw waits for a free place, first come first drawn. */
  private readonly line: HomeState<N>[] = [];
  private changeDraws = 0;
  private stopped = false;

  constructor(
    private readonly minIntervalMs: number,
    options: {
      now?: () => number;
      /** A draw that failed after its request had returned (one it started later, folded). */
      onError?: (key: string, error: unknown) => void;
      /** Draws after changes running at once, across everyone (default 2). */
      maxChangeDraws?: number;
    } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? (() => undefined);
    this.maxChangeDraws = Math.max(1, options.maxChangeDraws ?? 2);
  }

  /**
   * Resolves (or rejects) once the draw this request started is done; at once when it was
   * folded into a later one.
   */
  request(key: string, draw: HomeDraw<N>, { notice, pace = 'change' }: HomeRequest<N> = {}): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const home = this.stateOf(key);
    if (pace === 'opened') {
      let carried: N | undefined;
      if ((home.timer || home.queued) && home.pending) {
        // Waiting for its interval or its place in line: this draw shows that change too.
        this.takeOutOfWaiting(home);
        carried = home.pending.notice;
        home.pending = null;
      }
      return this.start(home, draw, notice ?? carried, false);
    }
    const pending: PendingDraw<N> = {
      draw,
      notice: notice ?? home.pending?.notice,
      looking: pace === 'looking' || (home.pending?.looking ?? false),
    };
    home.pending = pending;
    // Drawn when the running draw is over (see start), so after this change.
    if (home.running.size > 0) return Promise.resolve();
    if (home.timer || home.queued) {
      if (!pending.looking) return Promise.resolve();
      this.takeOutOfWaiting(home);
    } else {
      const wait = home.lastStarted + this.minIntervalMs - this.now();
      if (wait > 0 && !pending.looking) {
        home.timer = setTimeout(() => void this.drawPending(home), wait);
        return Promise.resolve();
      }
    }
    return this.startPending(home);
  }

  /** True when no Home is being drawn or waiting for its turn. */
  get isIdle(): boolean {
    for (const home of this.homes.values())
      if (home.running.size > 0 || home.timer || home.queued) return false;
    return true;
  }

  /** Resolves once no Home is being drawn or waiting for its turn. */
  idle(): Promise<void> {
    if (this.isIdle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Starts now every draw waiting for its interval, as if the interval were over (a test
   * moving time on; one whose place in line has not come yet follows when it comes);
   * resolves once those started are done.
   */
  async drawWaiting(): Promise<void> {
    const started: Promise<void>[] = [];
    for (const home of this.homes.values()) {
      if (!home.timer) continue;
      clearTimeout(home.timer);
      started.push(this.drawPending(home));
    }
    await Promise.all(started);
  }

  /** Waits for draws running now; waiting ones are dropped (the app is stopping). */
  async stop(): Promise<void> {
    this.stopped = true;
    const running: Promise<void>[] = [];
    this.line.splice(0);
    for (const home of this.homes.values()) {
      if (home.timer) clearTimeout(home.timer);
      home.timer = null;
      home.queued = false;
      home.pending = null;
      running.push(...home.running);
    }
    await Promise.allSettled(running);
    this.settled();
  }

  private stateOf(key: string): HomeState<N> {
    let home = this.homes.get(key);
    if (!home) {
      // The state stays (one small entry per person ever redrawn): a change soon after a
      // draw must still wait for the interval.
      home = {
        key,
        running: new Set(),
        timer: null,
        queued: false,
        pending: null,
        lastStarted: Number.NEGATIVE_INFINITY,
      };
      this.homes.set(key, home);
    }
    return home;
  }

  private settled(): void {
    if (this.isIdle) for (const wake of this.idleWaiters.splice(0)) wake();
  }

  /** The waiting draw, started from its timer: nobody awaits it, so a failure is reported here. */
  private drawPending(home: HomeState<N>): Promise<void> {
    home.timer = null;
    if (!home.pending || this.stopped) {
      home.pending = null;
      this.settled();
      return Promise.resolve();
    }
    return this.startPending(home).catch((error) => this.onError(home.key, error));
  }

  private takeOutOfWaiting(home: HomeState<N>): void {
    if (home.timer) clearTimeout(home.timer);
    home.timer = null;
    if (home.queued) this.line.splice(this.line.indexOf(home), 1);
    home.queued = false;
  }

  /** The pending draw now; after a change, only when there is a free place (else it waits in line). */
  private startPending(home: HomeState<N>): Promise<void> {
    const pending = home.pending;
    if (!pending) return Promise.resolve();
    if (!pending.looking && this.changeDraws >= this.maxChangeDraws) {
      home.queued = true;
      this.line.push(home);
      return Promise.resolve();
    }
    home.pending = null;
    return this.start(home, pending.draw, pending.notice, !pending.looking);
  }

  /** A change draw ended: the next in line (whose draw folds whatever changed meanwhile). */
  private nextInLine(): void {
    while (!this.stopped && this.changeDraws < this.maxChangeDraws && this.line.length > 0) {
      const home = this.line.shift() as HomeState<N>;
      home.queued = false;
      if (home.pending) void this.startPending(home).catch((error) => this.onError(home.key, error));
    }
  }

  private start(
    home: HomeState<N>,
    draw: HomeDraw<N>,
    notice: N | undefined,
    afterChange: boolean,
  ): Promise<void> {
    home.lastStarted = this.now();
    if (afterChange) this.changeDraws += 1;
    const running: Promise<void> = draw(notice).finally(() => {
      home.running.delete(running);
      if (afterChange) this.changeDraws -= 1;
      if (home.running.size === 0 && home.pending && !home.queued && !this.stopped) {
        const wait = home.pending.looking
          ? 0
          : Math.max(0, home.lastStarted + this.minIntervalMs - this.now());
        home.timer = setTimeout(() => void this.drawPending(home), wait);
      }
      if (afterChange) this.nextInLine();
      this.settled();
    });
    home.running.add(running);
    return running;
  }
}
