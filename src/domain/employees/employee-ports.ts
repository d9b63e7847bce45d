import type { Employee, EmployeeProfile } from './employee';
import type { EmployeeSettings } from './employee-settings';

/** A Slack user's profile to store; `starting`: the digest settings a new employee begins with (the workspace's working hours). */
export interface ProfileUpsert {
  workspaceId: number;
  slackUserId: string;
  profile: EmployeeProfile;
  refreshedAt: Date;
  starting: Pick<Employee, 'digestHour' | 'digestDays'>;
}

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
  upsertProfile(upsert: ProfileUpsert): Promise<Employee>;
  updateSettings(id: number, settings: EmployeeSettings): Promise<Employee>;
}
