import { ExportRepository } from '../src/db/repositories/export-repository';
import { StatsAudienceRepository } from '../src/db/repositories/stats-audience-repository';
import { StatsRepository } from '../src/db/repositories/stats-repository';
import type { EmployeeService } from '../src/domain/employees/employee-service';
import { createStatsServices, type StatsServices } from '../src/domain/stats/stats-services';
import type { Viewer } from '../src/domain/viewer';
import type { PrismaClient, Workspace } from '../src/generated/prisma/client';
import { slackUserIdFor } from './generate';
import type { PreparedDatabase } from './targets/prepared-database';

export interface StatsBench {
  services: StatsServices;
  workspace: Workspace;
  /** An admin (sees everyone's numbers) and a staff member (their own), both generated employees of T0001. */
  admin: Viewer;
  staff: Viewer;
}

/**
 * The statistics use cases wired as the app wires them, on the benchmark data,
 * with the generator's "now" as the clock. The filters the benchmark sends name
 * no Slack user, so no employee is ever looked up in Slack.
 */
export async function statsBench(prisma: PrismaClient, database: PreparedDatabase): Promise<StatsBench> {
  const planned = database.data.workspaces[0]!;
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: planned.id } });
  const noSlackLookups = {
    resolve: async () => {
      throw new Error('the statistics benchmark looks up no Slack user');
    },
  } as unknown as EmployeeService;
  const services = createStatsServices({
    stats: new StatsRepository(prisma),
    audiences: new StatsAudienceRepository(prisma),
    exports: new ExportRepository(prisma),
    employees: noSlackLookups,
    clock: { now: () => database.data.anchor },
  });
  const viewer = (row: number, isAdmin: boolean): Viewer => ({
    workspaceId: workspace.id,
    employeeId: row,
    slackUserId: slackUserIdFor(row),
    isAdmin,
    locale: 'en',
    timezone: 'Europe/Stockholm',
  });
  return {
    services,
    workspace,
    admin: viewer(planned.employees.start + 1, true),
    staff: viewer(planned.employees.start + 2, false),
  };
}
