import type { Clock } from '../clock';
import type { Workspace } from '../workspaces/workspace';
import type { Employees } from './employee-ports';
import type { EmployeeService, ProfileDirectory } from './employee-service';

export interface SyncSummary {
  seen: number;
  refreshed: number;
}

/**
 * The daily refresh of every employee's profile from Slack (product §5.2: digests go
 * out in each one's own time zone, "from Slack, refreshed daily"). Someone who
 * never opens the app still moves between time zones, changes language or
 * leaves; a profile is otherwise refreshed only when its owner uses the app.
 */
export class SyncProfiles {
  constructor(
    private readonly deps: {
      employees: Employees;
      directory: ProfileDirectory;
      cache: Pick<EmployeeService, 'forget'>;
      clock: Clock;
    },
  ) {}

  async execute(workspace: Workspace): Promise<SyncSummary> {
    const summary: SyncSummary = { seen: 0, refreshed: 0 };
    for await (const page of this.deps.directory.everyone(workspace)) {
      summary.seen += page.length;
      const refreshed = await this.deps.employees.refreshKnown(workspace.id, page, this.deps.clock.now());
      for (const slackUserId of refreshed) this.deps.cache.forget(workspace.id, slackUserId);
      summary.refreshed += refreshed.length;
    }
    return summary;
  }
}
