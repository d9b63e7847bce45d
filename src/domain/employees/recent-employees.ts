import type { Employee } from './employee';

interface Entry {
  employee: Employee;
  storedAt: number;
}

/**
 * The employees seen in the last minute, per process. Nearly every Slack request
 * starts by asking who the user is; answering from memory keeps a database round
 * trip off the path Slack times. Entries are short-lived so a change made through
 * another replica shows within a minute; changes made here replace the entry.
 */
export class RecentEmployees {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(workspaceId: number, slackUserId: string, now: number): Employee | undefined {
    const key = `${workspaceId}:${slackUserId}`;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.storedAt >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.employee;
  }

  put(employee: Employee, now: number): void {
    const key = `${employee.workspaceId}:${employee.slackUserId}`;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { employee, storedAt: now });
  }

  forget(workspaceId: number, slackUserId: string): void {
    this.entries.delete(`${workspaceId}:${slackUserId}`);
  }
}
