interface Pending<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

/**
 * A short group commit: the first call of a lane runs at once, and calls that arrive
 * while it is in flight wait and go together in the next one, so several concurrent
 * requests cost one statement instead of one each, and nobody waits on a timer. Each
 * caller still gets its own answer (the n-th output for the n-th input) or error.
 */
export class GroupWhileBusy<K, I, O> {
  /** Per lane that is running: the calls waiting for its next turn. */
  private readonly lanes = new Map<K, Pending<I, O>[]>();

  constructor(
    private readonly deps: {
      /** Does the work of several calls at once; answers in the order of `inputs`. */
      many(key: K, inputs: I[]): Promise<O[]>;
      /**
       * When a group of several failed, each call is tried again on its own (one bad
       * input must not fail the others); without it every call gets the group's error.
       */
      alone?(key: K, input: I): Promise<O>;
      /** Most calls in one group. */
      maxGroup: number;
    },
  ) {}

  run(key: K, input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const pending = { input, resolve, reject };
      const waiting = this.lanes.get(key);
      if (waiting) {
        waiting.push(pending);
        return;
      }
      this.lanes.set(key, []);
      void this.drain(key, [pending]);
    });
  }

  private async drain(key: K, first: Pending<I, O>[]): Promise<void> {
    let group = first;
    while (group.length > 0) {
      await this.settle(key, group);
      group = (this.lanes.get(key) as Pending<I, O>[]).splice(0, this.deps.maxGroup);
    }
    this.lanes.delete(key);
  }

  private async settle(key: K, group: Pending<I, O>[]): Promise<void> {
    let outputs: O[];
    try {
      outputs = await this.deps.many(
        key,
        group.map((one) => one.input),
      );
    } catch (error) {
      const { alone } = this.deps;
      if (!alone || group.length === 1) {
        for (const one of group) one.reject(error);
        return;
      }
      await Promise.all(group.map((one) => alone(key, one.input).then(one.resolve, one.reject)));
      return;
    }
    for (const [index, one] of group.entries()) one.resolve(outputs[index] as O);
  }
}
