import { CoalescedWrites } from '../../src/db/repositories/coalesced-writes';

/** A write that finishes only when the test says so, recording what each write carried. */
function heldWriter() {
  const writes: number[][] = [];
  const finishers: (() => void)[] = [];
  const failers: ((error: Error) => void)[] = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      writes.push(items);
      finishers.push(resolve);
      failers.push(reject);
    });
  const settle = async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  return {
    writes,
    write,
    finish: (n: number) => finishers[n]?.(),
    fail: (n: number, e: Error) => failers[n]?.(e),
    settle,
  };
}

describe('CoalescedWrites: marks made while one is written go together in the next statement', () => {
  it('writes the first item at once, alone, and what arrives meanwhile in one write after it', async () => {
    const w = heldWriter();
    const writes = new CoalescedWrites<number>(w.write);

    const first = writes.add(1);
    expect(w.writes).toEqual([[1]]);
    const rest = [2, 3, 4].map((n) => writes.add(n));
    expect(w.writes).toEqual([[1]]);

    w.finish(0);
    await first;
    await w.settle();
    expect(w.writes).toEqual([[1], [2, 3, 4]]);
    w.finish(1);
    await Promise.all(rest);

    // Idle again: the next item is written at once.
    void writes.add(5);
    expect(w.writes).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('fails the callers of a failed write only, and goes on with the next', async () => {
    const w = heldWriter();
    const writes = new CoalescedWrites<number>(w.write);
    const first = writes.add(1);
    const second = writes.add(2);

    w.fail(0, new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await w.settle();
    w.finish(1);

    await expect(second).resolves.toBeUndefined();
    expect(w.writes).toEqual([[1], [2]]);
  });
});
