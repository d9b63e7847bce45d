import { forEachInLanes } from '../../../src/domain/deliveries/workspace-lanes';

/** Work items that finish only when the test says so, recording the order they started in. */
function heldWork() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const work = (item: string) =>
    new Promise<void>((resolve) => {
      started.push(item);
      finishers.set(item, resolve);
    });
  const finish = async (item: string) => {
    finishers.get(item)?.();
    // Let the finished item's slot be handed on.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  return { started, work, finish };
}

const workspaceOf = (item: string) => item.split(':')[0] as string;

describe('forEachInLanes: a lane per workspace, a cap over all (product §10.1)', () => {
  it('starts the workspaces in turn, at most `perWorkspace` of each at once', () => {
    const { started, work } = heldWork();
    const items = ['big:1', 'big:2', 'big:3', 'big:4', 'big:5', 'small:1', 'small:2', 'other:1'];

    void forEachInLanes(items, { laneOf: workspaceOf, limits: { perWorkspace: 2, total: 10 } }, work);

    expect(started).toEqual(['big:1', 'small:1', 'other:1', 'big:2', 'small:2']);
  });

  it('keeps all lanes together under `total`, and hands a freed slot to the next workspace in turn', async () => {
    const { started, work, finish } = heldWork();
    const items = ['big:1', 'big:2', 'big:3', 'big:4', 'small:1', 'small:2', 'other:1'];

    const done = forEachInLanes(items, { laneOf: workspaceOf, limits: { perWorkspace: 4, total: 3 } }, work);
    expect(started).toEqual(['big:1', 'small:1', 'other:1']);

    // The large workspace's slot goes to the next lane in turn, not back to its own backlog.
    await finish('big:1');
    expect(started).toEqual(['big:1', 'small:1', 'other:1', 'big:2']);
    await finish('other:1');
    expect(started.at(-1)).toBe('small:2');
    for (const item of ['small:1', 'small:2', 'big:2', 'big:3']) await finish(item);
    await finish('big:4');
    await done;
    expect([...started].sort()).toEqual([...items].sort());
  });

  it('starts nothing more after a failure and throws it once the rest in flight have settled', async () => {
    const started: string[] = [];
    const work = async (item: string) => {
      started.push(item);
      if (item === 'a:1') throw new Error('database gone');
    };

    await expect(
      forEachInLanes(
        ['a:1', 'a:2', 'a:3'],
        { laneOf: workspaceOf, limits: { perWorkspace: 1, total: 5 } },
        work,
      ),
    ).rejects.toThrow('database gone');
    expect(started).toEqual(['a:1']);
  });

  it('resolves at once with nothing to do', async () => {
    await expect(
      forEachInLanes(
        [],
        { laneOf: workspaceOf, limits: { perWorkspace: 1, total: 1 } },
        async () => undefined,
      ),
    ).resolves.toBeUndefined();
  });
});
