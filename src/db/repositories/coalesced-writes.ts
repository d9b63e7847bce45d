import { GroupWhileBusy } from '../../domain/group-while-busy';

/** Most items one write takes; more wait for the next write. */
const MOST_PER_WRITE = 500;

/**
 * Group commit for small writes that many senders make at once (a digest marked sent after
 * each post): the first item is written at once; items that arrive while a write is on its
 * way go together in the next one (GroupWhileBusy, one lane). Nobody waits longer than one
 * write more than alone, and hundreds of posts a second cost a few statements instead of
 * hundreds. Each caller's promise settles with the write that carried its item; a failed
 * write fails only the callers it carried.
 */
export class CoalescedWrites<T> {
  private readonly group: GroupWhileBusy<null, T, void>;

  constructor(write: (items: T[]) => Promise<void>) {
    this.group = new GroupWhileBusy({
      many: async (_, items) => {
        await write(items);
        return items.map(() => undefined);
      },
      maxGroup: MOST_PER_WRITE,
    });
  }

  add(item: T): Promise<void> {
    return this.group.run(null, item);
  }
}
