import type { Clock } from '../clock';
import type { EmployeeService } from '../employees/employee-service';
import { ExportActivities } from '../exports/export-activities';
import type { ActivityExports } from '../exports/export-ports';
import { GetStats } from './get-stats';
import { AudienceResolver } from './stats-audience';
import type { StatsFigures, StatsTeams } from './stats-ports';

/** The use cases of product §6, wired once in the composition root. */
export interface StatsServices {
  getStats: GetStats;
  exportActivities: ExportActivities;
}

export function createStatsServices(deps: {
  stats: StatsFigures;
  audiences: StatsTeams;
  exports: ActivityExports;
  employees: EmployeeService;
  clock: Clock;
}): StatsServices {
  const audiences = new AudienceResolver(deps.audiences, deps.employees);
  return {
    getStats: new GetStats(deps.stats, audiences, deps.clock),
    exportActivities: new ExportActivities({
      exports: deps.exports,
      stats: deps.stats,
      audiences,
      clock: deps.clock,
    }),
  };
}
