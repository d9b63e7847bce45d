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

/**
 * Just those columns of a row that holds more (joined relations, a digest's ranks and counts).
 * Written out, not copied key by key: the type makes a column added above an error here until
 * it is copied too, and the literal is about a hundred times quicker than the
 * `Object.fromEntries` copy it replaces (45 rows: 2 µs instead of 0.25 ms).
 */
export function storedColumnsOf(row: StoredActivityColumns): StoredActivityColumns {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    subject: row.subject,
    status: row.status,
    startAt: row.startAt,
    endAt: row.endAt,
    dueAt: row.dueAt,
    completedAt: row.completedAt,
    notes: row.notes,
    isPrivate: row.isPrivate,
    seriesId: row.seriesId,
    recurrence: row.recurrence,
    source: row.source,
    permalink: row.permalink,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    remindLeadMinutes: row.remindLeadMinutes,
    remindAt: row.remindAt,
    outcomeAskAt: row.outcomeAskAt,
    outcomePostponed: row.outcomePostponed,
  };
}
