import type { EmployeeSettings } from './employee-settings';

/** A Slack user of the workspace as Touchbase knows them (product §1): profile from Slack, settings their own. */
export interface Employee extends Omit<EmployeeSettings, 'locale'> {
  id: number;
  workspaceId: number;
  slackUserId: string;
  name: string;
  email: string | null;
  timezone: string;
  slackLocale: string | null;
  /** null: follow Slack's language; 'sv' or 'en': the user's own choice. */
  preferredLocale: string | null;
  isSlackAdmin: boolean;
  isBot: boolean;
  isDeleted: boolean;
  /** Guests (restricted) and users of other workspaces may never be responsible. */
  isRestricted: boolean;
  /** Single-channel guest; isRestricted is set for them too. */
  isUltraRestricted: boolean;
  isForeign: boolean;
  profileRefreshedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What Slack tells about a user (users.info, users.list); refreshed into the employee's row. */
export type EmployeeProfile = Pick<
  Employee,
  | 'name'
  | 'email'
  | 'timezone'
  | 'slackLocale'
  | 'isSlackAdmin'
  | 'isBot'
  | 'isDeleted'
  | 'isRestricted'
  | 'isUltraRestricted'
  | 'isForeign'
>;
