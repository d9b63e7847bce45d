import type { Clock } from '../../domain/clock';
import type { EmployeeService } from '../../domain/employees/employee-service';

/** The services listeners call, built once in the composition root (src/app.ts). */
export interface ListenerDeps {
  clock: Clock;
  employees: EmployeeService;
}
