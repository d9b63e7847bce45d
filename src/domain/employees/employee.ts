/** A Slack user of the workspace as Touchbase knows them (product §1): profile from Slack, settings their own. */
export interface Employee {
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
  digestEnabled: boolean;
  digestHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  digestDays: number[];
  /** Reminders before their activities (product §5.4); off in Settings. */
  remindersEnabled: boolean;
  /** Working time (product §5.6): from this hour … */
  workStartHour: number;
  /** … to this one (exclusive, 24 = midnight), on these ISO weekdays, holidays off. */
  workEndHour: number;
  workDays: number[];
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
