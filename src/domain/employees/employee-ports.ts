import type { Employee, EmployeeProfile } from './employee';
import type { EmployeeSettings } from './employee-settings';

/** The workspace's employees as Touchbase knows them (product §1). */
export interface Employees {
  findBySlackUserId(workspaceId: number, slackUserId: string): Promise<Employee | null>;
  /**
   * Refreshes the profiles of those among `profiles` who are employees already
   * (a Slack user becomes one by using the app or being made responsible, not by
   * a directory sync). Returns the Slack ids refreshed.
   */
  refreshKnown(
    workspaceId: number,
    profiles: { slackUserId: string; profile: EmployeeProfile }[],
    refreshedAt: Date,
  ): Promise<string[]>;
  /** `starting`: the digest settings a new employee begins with (the workspace's working hours). */
  upsertProfile(
    workspaceId: number,
    slackUserId: string,
    profile: EmployeeProfile,
    refreshedAt: Date,
    starting: { digestHour: number; digestDays: number[] },
  ): Promise<Employee>;
  updateSettings(id: number, settings: EmployeeSettings): Promise<Employee>;
}
