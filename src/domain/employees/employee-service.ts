import type { EmployeeProfile, EmployeeRepository } from '../../db/repositories/employee-repository';
import type { Employee, Workspace } from '../../generated/prisma/client';
import type { Clock } from '../clock';
import { RecentEmployees } from './recent-employees';

/** Where profiles come from (Slack's users.info); the domain does not know Slack. */
export interface ProfileSource {
  fetchProfile(slackUserId: string, workspace: Workspace): Promise<EmployeeProfile | null>;
}

/** Every user of the workspace, a page at a time (Slack's users.list). */
export interface ProfileDirectory {
  everyone(workspace: Workspace): AsyncIterable<{ slackUserId: string; profile: EmployeeProfile }[]>;
}

const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function isFresh(employee: Employee, now: Date): boolean {
  return (
    employee.profileRefreshedAt !== null &&
    now.getTime() - employee.profileRefreshedAt.getTime() < PROFILE_MAX_AGE_MS
  );
}

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
    private readonly recent = new RecentEmployees(),
  ) {}

  async resolve(workspace: Workspace, slackUserId: string): Promise<Employee | null> {
    const now = this.clock.now();
    const recent = this.recent.get(workspace.id, slackUserId, now.getTime());
    if (recent && isFresh(recent, now)) return recent;
    const known = recent ?? (await this.employees.findBySlackUserId(workspace.id, slackUserId));
    if (known && isFresh(known, now)) {
      this.recent.put(known, now.getTime());
      return known;
    }
    const profile = await this.profiles.fetchProfile(slackUserId, workspace).catch(() => null);
    if (!profile) return known;
    const refreshed = await this.employees.upsertProfile(workspace.id, slackUserId, profile, now);
    this.recent.put(refreshed, now.getTime());
    return refreshed;
  }

  /** After a change to an employee's row (settings), so this process stops answering from memory. */
  forget(workspaceId: number, slackUserId: string): void {
    this.recent.forget(workspaceId, slackUserId);
  }

  isAdmin(employee: Pick<Employee, 'isSlackAdmin' | 'slackUserId'>): boolean {
    return employee.isSlackAdmin || this.adminSlackUserIds.has(employee.slackUserId);
  }
}
