import type { ActivityTypeCatalog } from '../activities/activity-ports';
import { requireAdmin } from '../activity-types/require-admin';
import { auditBy } from '../audit';
import type { Clock } from '../clock';
import type { EmployeeService } from '../employees/employee-service';
import { ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import type { ActivityPlan } from './plan';
import { planNotFound } from './plan-errors';
import type { PlanField, PlanInput } from './plan-input';
import { checkPlanInput, type PlanReferences } from './plan-rules';
import type { Plans } from './plans-ports';

/**
 * Creates a plan, or replaces an existing one's name and steps (the form always sends the
 * whole plan), for admins (product §3.7). Nothing is written when any field is refused.
 */
export class SavePlan {
  constructor(
    private readonly deps: {
      plans: Plans;
      types: ActivityTypeCatalog;
      employees: EmployeeService;
      clock: Clock;
    },
  ) {}

  async execute(
    acting: { workspace: Workspace; viewer: Viewer | null },
    { input, planId }: { input: PlanInput; planId?: number },
  ): Promise<{ plan: ActivityPlan; created: boolean }> {
    const { workspace, viewer } = acting;
    requireAdmin(viewer);
    const { plans, clock } = this.deps;
    if (planId !== undefined && !(await plans.find(workspace.id, planId))) throw planNotFound();
    const fields = checkPlanInput(input, await this.references(workspace, input));
    const clash = await plans.nameClash(workspace.id, fields.name, planId);
    if (clash !== null)
      throw new ValidationError<PlanField>({ name: (m) => m.plans.errors.nameTaken(clash) });
    const plan = await plans.save(workspace.id, { planId, fields }, (targetId) =>
      auditBy(viewer, clock, {
        action: planId === undefined ? 'plan.created' : 'plan.updated',
        targetId,
        details: {
          steps: fields.steps.map((step) => ({
            typeId: step.typeId,
            offsetDays: step.offsetDays,
            responsibleKind: step.responsibleKind,
            responsibleId: step.responsibleId,
          })),
        },
      }),
    );
    return { plan, created: planId === undefined };
  }

  private async references(workspace: Workspace, input: PlanInput): Promise<PlanReferences> {
    const typeIds = [...new Set(input.steps.flatMap((step) => (step.typeId === null ? [] : [step.typeId])))];
    const userIds = [
      ...new Set(
        input.steps.flatMap((step) =>
          step.responsibleKind === 'named' && step.namedSlackUserId ? [step.namedSlackUserId] : [],
        ),
      ),
    ];
    const [types, employees] = await Promise.all([
      Promise.all(typeIds.map(async (id) => [id, await this.deps.types.findById(workspace.id, id)] as const)),
      Promise.all(userIds.map(async (id) => [id, await this.deps.employees.resolve(workspace, id)] as const)),
    ]);
    return { types: new Map(types), employees: new Map(employees) };
  }
}
