import type { PlannedWorkspace } from './plan';

/** What a table's insert needs to know about the workspace whose rows it writes. */
export interface BatchContext {
  seed: number;
  /** "Now" for the data: activities fall in the two years before and 60 days after it. */
  anchor: Date;
  workspaceId: number;
  plan: PlannedWorkspace;
  /** The workspace's activity type ids by key (INCOMING_CALL, …). */
  typeIds: ReadonlyMap<string, number>;
}

/** One INSERT … SELECT for rows `from … to` (global row numbers, which are also the ids). */
export type BatchSql = (context: BatchContext, from: number, to: number) => string;
