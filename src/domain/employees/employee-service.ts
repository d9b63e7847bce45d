import { workCalendar } from '../calendar/work-calendar';
import type { Clock } from '../clock';
import type { Workspace } from '../workspaces/workspace';
import { defaultDigestHour } from '../workspaces/workspace-settings';
import type { Employee, EmployeeProfile } from './employee';
import type { Employees } from './employee-ports';
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
/** Admin rights rest on Slack's flags read at most this long ago (product §1: admins are Slack's). */
export const ADMIN_FLAGS_MAX_AGE_MS = 5 * 60 * 1000;

function readWithin(employee: Pick<Employee, 'profileRefreshedAt'>, now: Date, maxAgeMs: number): boolean {
  return (
    employee.profileRefreshedAt !== null && now.getTime() - employee.profileRefreshedAt.getTime() < maxAgeMs
  );
}

/**
 * A profile good enough to answer from: read today, and, for someone whose rights
 * come from being a Slack admin, read in the last few minutes, so a demoted admin
 * loses Touchbase's admin rights within minutes rather than a day.
 */
function isFresh(employee: Employee, now: Date): boolean {
  if (!readWithin(employee, now, PROFILE_MAX_AGE_MS)) return false;
  return !employee.isSlackAdmin || readWithin(employee, now, ADMIN_FLAGS_MAX_AGE_MS);
}

/**
 * product §1: an Employee row appears the first time a user interacts or is made
 * responsible; name, e-mail, time zone, locale and admin flags come from Slack
 * and are refreshed at most daily, a Slack admin's every few minutes.
 */
export class EmployeeService {
  private readonly recent: RecentEmployees;

  constructor(
    private readonly deps: {
      employees: Employees;
      profiles: ProfileSource;
      clock: Clock;
      adminSlackUserIds: ReadonlySet<string>;
      recent?: RecentEmployees;
    },
  ) {
    this.recent = deps.recent ?? new RecentEmployees();
  }

  async resolve(workspace: Workspace, slackUserId: string): Promise<Employee | null> {
    const now = this.deps.clock.now();
    const recent = this.recent.get(workspace.id, slackUserId, now.getTime());
    if (recent && isFresh(recent, now)) return recent;
    const known = recent ?? (await this.deps.employees.findBySlackUserId(workspace.id, slackUserId));
    if (known && isFresh(known, now)) {
      this.recent.put(known, now.getTime());
      return known;
    }
    const profile = await this.deps.profiles.fetchProfile(slackUserId, workspace).catch(() => null);
    if (!profile) return known;
    // Someone new gets their digest when the workspace's working day starts, on its working days.
    const refreshed = await this.deps.employees.upsertProfile({
      workspaceId: workspace.id,
      slackUserId,
      profile,
      refreshedAt: now,
      starting: {
        digestHour: defaultDigestHour(workspace),
        digestDays: workCalendar(workspace).workDays.slice(),
      },
    });
    this.recent.put(refreshed, now.getTime());
    return refreshed;
  }

  /** After a change to an employee's row (settings), so this process stops answering from memory. */
  forget(workspaceId: number, slackUserId: string): void {
    this.recent.forget(workspaceId, slackUserId);
  }

  /**
   * ADMIN_SLACK_USER_IDS, or Slack's admin/owner flag read within the last few minutes.
   * Every request resolves its user first (re-reading a Slack admin's flags when they
   * are older), so an admin action acts on flags read just before it. When Slack could
   * not be asked, older flags grant nothing.
   */
  isAdmin(employee: Pick<Employee, 'isSlackAdmin' | 'slackUserId' | 'profileRefreshedAt'>): boolean {
    if (this.deps.adminSlackUserIds.has(employee.slackUserId)) return true;
    return employee.isSlackAdmin && readWithin(employee, this.deps.clock.now(), ADMIN_FLAGS_MAX_AGE_MS);
  }
}
