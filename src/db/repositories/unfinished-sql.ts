import { type ActivityStatus, Prisma } from '../../generated/prisma/client';

/** The statuses of an unfinished activity, for Prisma's filters. */
export const UNFINISHED: ActivityStatus[] = ['NOT_STARTED', 'IN_PROGRESS'];

/**
 * An activity aliased `a` is unfinished, in raw SQL: one text for every raw read of open
 * activities, the same condition the partial index of open activities is built on
 * (migration team_overview_open_index), so those reads can use it.
 */
export const unfinishedSql = Prisma.raw(
  `a.status IN (${UNFINISHED.map((status) => `'${status}'`).join(', ')})`,
);
