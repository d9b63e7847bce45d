import type { EmployeeProfile, EmployeeRepository } from '../../db/repositories/employee-repository';
import type { Employee, Workspace } from '../../generated/prisma/client';
import type { Clock } from '../clock';

/** Where profiles come from (Slack's users.info); the domain does not know Slack. */
export interface ProfileSource {
  fetchProfile(slackUserId: string, workspace: Workspace): Promise<EmployeeProfile | null>;
}

const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * SPEC 1: an Employee row appears the first time a user interacts or is made
 * responsible; name, e-mail, time zone, locale and admin flags come from Slack
 * and are refreshed at most daily.
 */
export class EmployeeService {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly profiles: ProfileSource,
    private readonly clock: Clock,
    private readonly adminSlackUserIds: ReadonlySet<string>,
  ) {}

  async resolve(workspace: Workspace, slackUserId: string): Promise<Employee | null> {
    const known = await this.employees.findBySlackUserId(workspace.id, slackUserId);
    const now = this.clock.now();
    if (
      known?.profileRefreshedAt &&
      now.getTime() - known.profileRefreshedAt.getTime() < PROFILE_MAX_AGE_MS
    ) {
      return known;
    }
    const profile = await this.profiles.fetchProfile(slackUserId, workspace).catch(() => null);
    if (!profile) return known;
    return this.employees.upsertProfile(workspace.id, slackUserId, profile, now);
  }

  isAdmin(employee: Pick<Employee, 'isSlackAdmin' | 'slackUserId'>): boolean {
    return employee.isSlackAdmin || this.adminSlackUserIds.has(employee.slackUserId);
  }
}
