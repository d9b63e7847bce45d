import { GroupWhileBusy } from '../../src/domain/group-while-busy';

/** A `many` that finishes only when the test says so, recording each group it was given. */
function heldWork() {
  const groups: string[][] = [];
  const finishers: ((outputs: string[]) => void)[] = [];
  const failers: ((error: Error) => void)[] = [];
  const many = (_key: number, inputs: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      groups.push(inputs);
      finishers.push(resolve);
      failers.push(reject);
    });
  const settle = async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  return { groups, many, finishers, failers, settle };
}

describe('GroupWhileBusy: calls arriving while one is in flight go together in the next', () => {
  it('runs the first at once, alone, and the ones arriving meanwhile as one group, each with its own answer', async () => {
    const w = heldWork();
    const grouped = new GroupWhileBusy<number, string, string>({ many: w.many, maxGroup: 10 });
    const first = grouped.run(1, 'a');
    expect(w.groups).toEqual([['a']]);
    const rest = ['b', 'c', 'd'].map((input) => grouped.run(1, input));
    expect(w.groups).toEqual([['a']]);
    w.finishers[0]?.(['A']);
    await expect(first).resolves.toBe('A');
    await w.settle();
    expect(w.groups).toEqual([['a'], ['b', 'c', 'd']]);
    w.finishers[1]?.(['B', 'C', 'D']);
    await expect(Promise.all(rest)).resolves.toEqual(['B', 'C', 'D']);
    // Idle again: the next call runs at once.
    void grouped.run(1, 'e');
    expect(w.groups).toHaveLength(3);
  });

  it('keeps lanes apart and groups at most maxGroup calls', async () => {
    const w = heldWork();
    const grouped = new GroupWhileBusy<number, string, string>({ many: w.many, maxGroup: 2 });
    void grouped.run(1, 'a');
    void grouped.run(2, 'x');
    for (const input of ['b', 'c', 'd']) void grouped.run(1, input);
    expect(w.groups).toEqual([['a'], ['x']]);
    w.finishers[0]?.(['A']);
    await w.settle();
    expect(w.groups).toEqual([['a'], ['x'], ['b', 'c']]);
  });

  it('tries each call of a failed group on its own, so one bad input fails only its caller', async () => {
    const w = heldWork();
    const alone = async (_key: number, input: string) => {
      if (input === 'bad') throw new Error(`refused ${input}`);
      return input.toUpperCase();
    };
    const grouped = new GroupWhileBusy<number, string, string>({ many: w.many, alone, maxGroup: 10 });
    const first = grouped.run(1, 'a');
    const rest = ['b', 'bad', 'c'].map((input) => grouped.run(1, input));
    w.finishers[0]?.(['A']);
    await first;
    await w.settle();
    w.failers[1]?.(new Error('the group failed'));
    const outcomes = await Promise.allSettled(rest);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      'B',
      'refused bad',
      'C',
    ]);
  });

  it('without a way to run one alone, every caller of a failed group gets its error', async () => {
    const w = heldWork();
    const grouped = new GroupWhileBusy<number, string, string>({ many: w.many, maxGroup: 10 });
    const first = grouped.run(1, 'a');
    const second = grouped.run(1, 'b');
    w.failers[0]?.(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await w.settle();
    w.finishers[1]?.(['B']);
    await expect(second).resolves.toBe('B');
  });
});
