import type { Manager, VisibilityRule } from '../../domain/activities/activity-visibility';
import { Prisma } from '../../generated/prisma/client';
import { utcTimestamp } from './digest-delivery-repository';

/**
 * The one translation of the domain's VisibilityRule (product §3.4,
 * src/domain/activities/activity-visibility.ts) into queries: a Prisma `where`
 * for the query builder and a SQL condition for raw queries, both from the same
 * rule, clause by clause, so they cannot drift apart. Every repository query
 * that reads activities for someone takes its filter from here
 * (test/db/activity-visibility-filter.test.ts checks each of them).
 */

/** The rule as a Prisma filter on Activity; combine it with others under `AND`. */
export function visibilityWhere(rule: VisibilityRule): Prisma.ActivityWhereInput {
  const clauses: Prisma.ActivityWhereInput[] = [{ workspaceId: rule.workspaceId }];
  if (rule.private === 'none') clauses.push({ isPrivate: false });
  else if (rule.private !== 'all')
    clauses.push({ OR: [{ isPrivate: false }, { responsibleId: rule.private.responsibleId }] });
  if (rule.deleted === 'hidden') clauses.push({ deletedAt: null });
  else if (rule.deleted !== 'included') {
    const restorable: Prisma.ActivityWhereInput = {
      deletedAt: { gte: rule.deleted.since },
      ...managedBy(rule.deleted.manager),
    };
    clauses.push({ OR: [{ deletedAt: null }, restorable] });
  }
  return { AND: clauses };
}

function managedBy(manager: Manager): Prisma.ActivityWhereInput {
  if (manager.isAdmin) return {};
  return { OR: [{ responsibleId: manager.employeeId }, { creatorId: manager.employeeId }] };
}

/**
 * The rule as a SQL condition on the Activity row aliased `alias` (a fixed
 * identifier of the calling query, never user input), for `$queryRaw`.
 */
export function visibilitySql(rule: VisibilityRule, alias = 'a'): Prisma.Sql {
  return conditionSql(alias, {
    workspaceId: Prisma.sql`${rule.workspaceId}::int`,
    private:
      rule.private === 'none' || rule.private === 'all'
        ? rule.private
        : Prisma.sql`${rule.private.responsibleId}::int`,
    deleted: rule.deleted,
  });
}

/**
 * For a query that reads for many audiences at once, one row each in a table it
 * joins (the personal digests of a batch): the rule's values as that table's
 * columns. `RULE_COLUMN_TYPES` declares them, `visibilityPerRowSql` is the condition.
 */
export interface RuleColumns {
  rule_workspace: number;
  /** NOBODY for 'none': no employee has that id, so no private activity is kept. */
  rule_private_to: number;
}

const NOBODY = -1;

export function ruleColumns(rule: VisibilityRule): RuleColumns {
  if (rule.deleted !== 'hidden' || rule.private === 'all')
    throw new Error('per-row rules read activities that are not deleted, for someone');
  return {
    rule_workspace: rule.workspaceId,
    rule_private_to: rule.private === 'none' ? NOBODY : rule.private.responsibleId,
  };
}

/** How the per-row columns are declared in `json_to_recordset(...) AS x(<here>, ...)`. */
export const RULE_COLUMN_TYPES = Prisma.raw('rule_workspace int, rule_private_to int');

/** The condition of `visibilitySql`, with each row's own rule read from the table aliased `rules`. */
export function visibilityPerRowSql(rules: string, alias = 'a'): Prisma.Sql {
  const table = identifier(rules);
  return conditionSql(alias, {
    workspaceId: Prisma.raw(`${table}.rule_workspace`),
    private: Prisma.raw(`${table}.rule_private_to`),
    deleted: 'hidden',
  });
}

/** The rule with its numbers already SQL (parameters, or columns of a rules table). */
interface RuleValues {
  workspaceId: Prisma.Sql;
  /** The responsible whose private activities are kept, or the rule's word for all or none. */
  private: Prisma.Sql | 'none' | 'all';
  deleted: VisibilityRule['deleted'];
}

function conditionSql(alias: string, rule: RuleValues): Prisma.Sql {
  const column = columnsOf(alias);
  const clauses: Prisma.Sql[] = [Prisma.sql`${column('workspaceId')} = ${rule.workspaceId}`];
  if (rule.private === 'none') clauses.push(Prisma.sql`NOT ${column('isPrivate')}`);
  else if (rule.private !== 'all')
    clauses.push(Prisma.sql`(NOT ${column('isPrivate')} OR ${column('responsibleId')} = ${rule.private})`);
  if (rule.deleted === 'hidden') clauses.push(Prisma.sql`${column('deletedAt')} IS NULL`);
  else if (rule.deleted !== 'included') {
    const { since, manager } = rule.deleted;
    const managed = manager.isAdmin
      ? Prisma.sql`TRUE`
      : Prisma.sql`(${column('responsibleId')} = ${manager.employeeId}::int OR ${column('creatorId')} = ${manager.employeeId}::int)`;
    clauses.push(
      Prisma.sql`(${column('deletedAt')} IS NULL OR (${column('deletedAt')} >= ${utcTimestamp(since)} AND ${managed}))`,
    );
  }
  return Prisma.sql`(${Prisma.join(clauses, ' AND ')})`;
}

function identifier(alias: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  return alias;
}

function columnsOf(alias: string) {
  const table = identifier(alias);
  return (name: 'workspaceId' | 'isPrivate' | 'responsibleId' | 'creatorId' | 'deletedAt') =>
    Prisma.raw(`${table}."${name}"`);
}
