import type { VisibilityRule } from '../activities/activity-visibility';
import type { AuditEntry } from '../audit';
import type { Transaction } from '../transaction';
import type { ActivityPlan, ResponsibleKind } from './plan';

/** A checked step as it is stored. */
export interface PlanStepFields {
  typeId: number;
  subject: string;
  offsetDays: number;
  responsibleKind: ResponsibleKind;
  /** The named employee's id (kind `named`), else null. */
  responsibleId: number | null;
}

export interface PlanFields {
  name: string;
  steps: PlanStepFields[];
}

/** A workspace's activity plans (product §3.7). */
export interface Plans {
  /** Every plan with its steps: active ones first, each group in name order. */
  list(workspaceId: number): Promise<ActivityPlan[]>;
  find(workspaceId: number, planId: number): Promise<ActivityPlan | null>;
  /** The name of another plan called the same regardless of case, if there is one. */
  nameClash(workspaceId: number, name: string, exceptPlanId?: number): Promise<string | null>;
  /** Creates the plan, or replaces an existing one's name and steps, with its audit row, in one transaction. */
  save(
    workspaceId: number,
    plan: { planId?: number; fields: PlanFields },
    audit: (planId: number) => AuditEntry,
  ): Promise<ActivityPlan>;
  /** Archives or restores the plan with its audit row; null when there is no such plan. */
  setArchived(
    workspaceId: number,
    plan: { planId: number; archived: boolean },
    audit: AuditEntry,
  ): Promise<ActivityPlan | null>;
  /**
   * The Slack id of the person's usual responsible: the employee (still active, not a bot or
   * guest) responsible for the person's latest activity the rule keeps; null when none.
   */
  usualResponsible(rule: VisibilityRule, personId: number): Promise<string | null>;
  /** Runs `work` in one database transaction: everything it writes commits together or not at all. */
  inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}
