import type { TypeNames } from '../activity-types/type-names';

/** Who a step is given to when its plan is launched (product §3.7). */
export type ResponsibleKind = 'launcher' | 'usual' | 'named';
export const RESPONSIBLE_KINDS: readonly ResponsibleKind[] = ['launcher', 'usual', 'named'];

export interface PlanStep {
  /** 1-based order in the plan. */
  position: number;
  type: { id: number; names: TypeNames; archived: boolean };
  subject: string;
  /** Working days after the launch date. */
  offsetDays: number;
  responsibleKind: ResponsibleKind;
  /** The named employee (kind `named`); null when they were removed from the workspace. */
  named: { id: number; slackUserId: string; name: string } | null;
}

/** An activity plan (product §3.7): ordered steps a launch on a person turns into activities. */
export interface ActivityPlan {
  id: number;
  workspaceId: number;
  name: string;
  archived: boolean;
  steps: PlanStep[];
}
