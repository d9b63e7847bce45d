import type { Clock } from '../clock';
import type { EmployeeService } from '../employees/employee-service';
import { DeleteTeam } from './delete-team';
import { GetTeam } from './get-team';
import { ListTeams } from './list-teams';
import { SaveTeam } from './save-team';
import type { Teams } from './team-ports';

/** The team use cases of product §5.3 as one dependency for the admin surfaces. */
export interface TeamAdmin {
  list: ListTeams;
  get: GetTeam;
  save: SaveTeam;
  delete: DeleteTeam;
}

export function teamAdmin(teams: Teams, employees: EmployeeService, clock: Clock): TeamAdmin {
  return {
    list: new ListTeams(teams),
    get: new GetTeam(teams),
    save: new SaveTeam(teams, employees, clock),
    delete: new DeleteTeam(teams, clock),
  };
}
