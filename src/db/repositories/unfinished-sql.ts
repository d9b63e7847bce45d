import { Prisma } from '../../generated/prisma/client';

/**
 * An activity aliased `a` is unfinished, in raw SQL: one text for every raw read of open
 * activities, the same condition the partial index of open activities is built on
 * (migration team_overview_open_index), so those reads can use it.
 */
export const unfinishedSql = Prisma.raw(`a.status IN ('NOT_STARTED', 'IN_PROGRESS')`);
