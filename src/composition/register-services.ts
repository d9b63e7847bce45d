import type { PlainSql } from '../db/plain-sql';
import { ActivityTypeAdminRepository } from '../db/repositories/activity-type-admin-repository';
import { ActivityTypeRepository } from '../db/repositories/activity-type-repository';
import { ApiTokenRepository } from '../db/repositories/api-token-repository';
import { ContactSearchRepository } from '../db/repositories/contact-search-repository';
import type { EmployeeRepository } from '../db/repositories/employee-repository';
import { ExportRepository } from '../db/repositories/export-repository';
import { OrganizationRepository } from '../db/repositories/organization-repository';
import { PersonRepository } from '../db/repositories/person-repository';
import { PersonSummaryRepository } from '../db/repositories/person-summary-repository';
import { PlanRepository } from '../db/repositories/plan-repository';
import { StatsAudienceRepository } from '../db/repositories/stats-audience-repository';
import { StatsRepository } from '../db/repositories/stats-repository';
import { TeamOverviewRepository } from '../db/repositories/team-overview-repository';
import { TeamRepository } from '../db/repositories/team-repository';
import { WorkspaceRepository } from '../db/repositories/workspace-repository';
import type { ActivityServices } from '../domain/activities/activity-services';
import { ActivityInputResolver } from '../domain/activities/resolve-activity-input';
import { activityTypeAdmin } from '../domain/activity-types/activity-type-admin';
import { ApiTokenAdmin } from '../domain/api-tokens/token-admin';
import type { Clock } from '../domain/clock';
import { createContactServices } from '../domain/contacts/contact-services';
import type { EmployeeService } from '../domain/employees/employee-service';
import { UpdateSettings } from '../domain/employees/update-settings';
import { createPlanServices } from '../domain/plans/plan-services';
import { createStatsServices } from '../domain/stats/stats-services';
import { teamAdmin } from '../domain/teams/team-admin';
import { TeamLeadOverview } from '../domain/teams/team-lead-overview';
import { WorkspaceSettingsAdmin } from '../domain/workspaces/workspace-settings-admin';
import type { PrismaClient } from '../generated/prisma/client';
import type { ListenerDeps } from '../slack/listeners/deps';

/**
 * The services of the register (contacts), the admin sections, settings, statistics and
 * activity plans, each built on its repositories: the part of the listeners' dependencies
 * that is only the database behind a use case.
 */
export function registerServices({
  prisma,
  plain,
  employees,
  employeeRepository,
  activities,
  clock,
}: {
  prisma: PrismaClient;
  plain: PlainSql;
  employees: EmployeeService;
  employeeRepository: EmployeeRepository;
  activities: ActivityServices;
  clock: Clock;
}): Pick<
  ListenerDeps,
  | 'settings'
  | 'teamLeadOverview'
  | 'contacts'
  | 'activityTypeAdmin'
  | 'teamAdmin'
  | 'apiTokens'
  | 'workspaceSettings'
  | 'stats'
  | 'plans'
> {
  const types = new ActivityTypeRepository(prisma);
  const persons = new PersonSummaryRepository(prisma);
  return {
    settings: new UpdateSettings(employeeRepository, employees),
    teamLeadOverview: new TeamLeadOverview(new TeamOverviewRepository(prisma), clock),
    contacts: createContactServices({
      persons: new PersonRepository(prisma),
      organizations: new OrganizationRepository(prisma),
      search: new ContactSearchRepository(prisma),
      activities: activities.contactActivities,
    }),
    activityTypeAdmin: activityTypeAdmin(new ActivityTypeAdminRepository(prisma), clock),
    teamAdmin: teamAdmin(new TeamRepository(prisma), employees, clock),
    apiTokens: new ApiTokenAdmin(new ApiTokenRepository(prisma, plain), clock),
    workspaceSettings: new WorkspaceSettingsAdmin(new WorkspaceRepository(prisma), clock),
    stats: createStatsServices({
      stats: new StatsRepository(prisma),
      audiences: new StatsAudienceRepository(prisma),
      exports: new ExportRepository(prisma),
      employees,
      clock,
    }),
    plans: createPlanServices({
      plans: new PlanRepository(prisma),
      types,
      persons,
      employees,
      resolver: new ActivityInputResolver(persons, types, employees),
      create: activities.create,
      clock,
    }),
  };
}
