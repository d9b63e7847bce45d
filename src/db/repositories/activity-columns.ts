import type { Prisma } from '../../generated/prisma/client';

/**
 * The activity's own columns that an ActivityRecord carries as they are stored (its
 * relations and deletion aside). Every way of reading records starts from them: the
 * Prisma selects of activity-repository and, column for column, the digest's SQL.
 */
export const storedActivityColumns = {
  id: true,
  workspaceId: true,
  subject: true,
  status: true,
  startAt: true,
  endAt: true,
  dueAt: true,
  completedAt: true,
  notes: true,
  isPrivate: true,
  seriesId: true,
  recurrence: true,
  source: true,
  permalink: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  remindLeadMinutes: true,
  remindAt: true,
  outcomeAskAt: true,
  outcomePostponed: true,
} as const satisfies Prisma.ActivitySelect;

export type StoredActivityColumns = Prisma.ActivityGetPayload<{ select: typeof storedActivityColumns }>;

const STORED_KEYS = Object.keys(storedActivityColumns) as (keyof StoredActivityColumns)[];

/** Just those columns of a row that holds more (joined relations, a digest's ranks and counts). */
export function storedColumnsOf(row: StoredActivityColumns): StoredActivityColumns {
  return Object.fromEntries(STORED_KEYS.map((key) => [key, row[key]])) as StoredActivityColumns;
}
