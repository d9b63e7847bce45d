import type { ResponsibleKind } from './plan';

/** One step as the admin form hands it in; odd values are refused by checkPlanInput. */
export interface PlanStepInput {
  typeId: number | null;
  subject: string;
  /** NaN when left empty. */
  offsetDays: number;
  responsibleKind: ResponsibleKind;
  /** The named employee's Slack id (kind `named`). */
  namedSlackUserId: string | null;
}

/** A whole plan as the admin form sends it: its name and its steps in order. */
export interface PlanInput {
  name: string;
  steps: PlanStepInput[];
}

/**
 * Fields errors are reported against: `name`, `steps` (the plan as a whole), and a step's
 * own fields as `step.<index>.<field>` (index 0-based, as the form listed them).
 */
export type PlanField = 'name' | 'steps' | `step.${number}.${StepField}`;
export type StepField = 'type' | 'subject' | 'offset' | 'responsible';

export const stepField = (index: number, field: StepField): PlanField => `step.${index}.${field}`;

export const PLAN_NAME_MAX = 80;
export const PLAN_STEPS_MAX = 10;
/** A plan spans at most a working year. */
export const OFFSET_MAX = 260;
