import { Prisma } from '../../generated/prisma/client';

/**
 * A parameter of a prepared statement, read through a scalar sub-select so that the planner
 * estimates it alike in a custom plan (which sees the value: how many ids, which responsible)
 * and in the generic plan (which cannot). Given plainly, the custom plans of the usual values
 * came out cheaper than the generic plan's guess, so PostgreSQL never kept the generic plan and
 * planned the statement again at every execution, which cost it more than running it (issue 12).
 * `value` is the parameter with its cast, e.g. Prisma.sql`${ids}::int[]`.
 */
export function keepsGenericPlan(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT ${value})`;
}
