import { groupBy } from '../group-by';

/** How many deliveries may be in flight: in one workspace, and over all of them together. */
export interface LaneLimits {
  /** In flight at once in one workspace (its own Slack rate budget keeps the pace). */
  perWorkspace: number;
  /** In flight at once over every workspace: the bound on sockets, memory and database work. */
  total: number;
}

interface Lane<T> {
  items: T[];
  next: number;
  running: number;
}

/**
 * Runs `work` over the items with each workspace in a lane of its own (product §10.1): a lane
 * has at most `perWorkspace` items in flight, all lanes together at most `total`, and a free
 * slot goes to the lanes in turn. So in-flight work grows with the number of workspaces, a
 * workspace waiting on its own rate limit holds up only its own lane, and a large workspace's
 * backlog never keeps a small one's items waiting. On the first failure nothing new starts;
 * it is thrown once the items in flight have settled.
 */
export function forEachInLanes<T>(
  items: readonly T[],
  { laneOf, limits }: { laneOf: (item: T) => number | string; limits: LaneLimits },
  work: (item: T) => Promise<void>,
): Promise<void> {
  const lanes: Lane<T>[] = [...groupBy(items, laneOf).values()].map((laneItems) => ({
    items: laneItems,
    next: 0,
    running: 0,
  }));
  const perWorkspace = Math.max(1, limits.perWorkspace);
  const total = Math.max(1, limits.total);
  let running = 0;
  let turn = 0;
  let failure: { error: unknown } | undefined;
  return new Promise((resolve, reject) => {
    const settleIfDone = () => {
      if (running > 0) return;
      if (failure) reject(failure.error);
      else if (lanes.every((lane) => lane.next === lane.items.length)) resolve();
    };
    /** The next lane, after the one served last, that has an item waiting and room for it. */
    const nextLane = (): Lane<T> | undefined => {
      for (let step = 0; step < lanes.length; step++) {
        const index = (turn + step) % lanes.length;
        const lane = lanes[index] as Lane<T>;
        if (lane.next < lane.items.length && lane.running < perWorkspace) {
          turn = index + 1;
          return lane;
        }
      }
      return undefined;
    };
    const fill = () => {
      while (!failure && running < total) {
        const lane = nextLane();
        if (!lane) break;
        const item = lane.items[lane.next++] as T;
        lane.running += 1;
        running += 1;
        work(item)
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            lane.running -= 1;
            running -= 1;
            fill();
            settleIfDone();
          });
      }
    };
    fill();
    settleIfDone();
  });
}
