import type { ExportRepository } from '../../db/repositories/export-repository';
import type { StatsAudienceRepository } from '../../db/repositories/stats-audience-repository';
import type { StatsRepository } from '../../db/repositories/stats-repository';
import type { Clock } from '../clock';
import type { EmployeeService } from '../employees/employee-service';
import { ExportActivities } from '../exports/export-activities';
import { GetStats } from './get-stats';
import { AudienceResolver } from './stats-audience';

/** The use cases of SPEC 6, wired once in the composition root. */
export interface StatsServices {
  getStats: GetStats;
  exportActivities: ExportActivities;
}

export function createStatsServices(deps: {
  stats: StatsRepository;
  audiences: StatsAudienceRepository;
  exports: ExportRepository;
  employees: EmployeeService;
  clock: Clock;
}): StatsServices {
  const audiences = new AudienceResolver(deps.audiences, deps.employees);
  return {
    getStats: new GetStats(deps.stats, audiences, deps.clock),
    exportActivities: new ExportActivities(deps.exports, deps.stats, audiences, deps.clock),
  };
}
