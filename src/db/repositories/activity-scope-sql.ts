import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import { Prisma } from '../../generated/prisma/client';
import { visibilitySql } from './visibility-filter';

/** Which activities a statistics figure or an export counts: the rule's, narrowed to some responsibles and a type. */
export interface ActivityScope {
  rule: VisibilityRule;
  /** null: everyone's; empty: nobody's. */
  responsibleIds: number[] | null;
  typeId: number | null;
}

/** The scope as SQL conditions on the activity aliased `a`, joined with AND. */
export function activityScopeSql(scope: ActivityScope): Prisma.Sql {
  const who =
    scope.responsibleIds === null
      ? Prisma.empty
      : scope.responsibleIds.length === 0
        ? Prisma.sql`AND FALSE`
        : Prisma.sql`AND a."responsibleId" IN (${Prisma.join(scope.responsibleIds)})`;
  const type = scope.typeId === null ? Prisma.empty : Prisma.sql`AND a."typeId" = ${scope.typeId}`;
  return Prisma.sql`${visibilitySql(scope.rule)} ${who} ${type}`;
}
