import type { ActivityTypeCatalog, PersonSummaries } from '../activities/activity-ports';
import type { CreateActivity } from '../activities/create-activity';
import type { ActivityInputResolver } from '../activities/resolve-activity-input';
import type { Clock } from '../clock';
import type { EmployeeService } from '../employees/employee-service';
import { ArchivePlan } from './archive-plan';
import { GetPlan } from './get-plan';
import { LaunchPlan } from './launch-plan';
import { ListLaunchablePlans } from './list-launchable-plans';
import { ListPlans } from './list-plans';
import type { Plans } from './plans-ports';
import { PrepareLaunch } from './prepare-launch';
import { SavePlan } from './save-plan';

/** The plan use cases of product §3.7: administration, and launching one on a person. */
export interface PlanServices {
  list: ListPlans;
  get: GetPlan;
  save: SavePlan;
  archive: ArchivePlan;
  launchable: ListLaunchablePlans;
  prepareLaunch: PrepareLaunch;
  launch: LaunchPlan;
}

export function createPlanServices(deps: {
  plans: Plans;
  types: ActivityTypeCatalog;
  persons: PersonSummaries;
  employees: EmployeeService;
  resolver: ActivityInputResolver;
  create: CreateActivity;
  clock: Clock;
}): PlanServices {
  const { plans, clock } = deps;
  return {
    list: new ListPlans(plans),
    get: new GetPlan(plans),
    save: new SavePlan(deps),
    archive: new ArchivePlan(plans, clock),
    launchable: new ListLaunchablePlans(plans),
    prepareLaunch: new PrepareLaunch(deps),
    launch: new LaunchPlan(deps),
  };
}
