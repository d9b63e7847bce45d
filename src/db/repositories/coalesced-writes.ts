/** Most items one write takes; more wait for the next write. */
const MOST_PER_WRITE = 500;

interface Waiting<T> {
  item: T;
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * Group commit for small writes that many senders make at once (a digest marked sent after
 * each post): the first item is written at once; items that arrive while a write is on its
 * way go together in the next one. Nobody waits longer than one write more than alone, and
 * hundreds of posts a second cost a few statements instead of hundreds. Each caller's promise
 * settles with the write that carried its item.
 */
export class CoalescedWrites<T> {
  private waiting: Waiting<T>[] = [];
  private writing = false;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    return new Promise((written, failed) => {
      this.waiting.push({ item, written, failed });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MOST_PER_WRITE);
      try {
        await this.write(batch.map((entry) => entry.item));
        for (const entry of batch) entry.written();
      } catch (error) {
        for (const entry of batch) entry.failed(error);
      }
    }
    this.writing = false;
  }
}
