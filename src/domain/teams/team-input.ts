/** What an admin asks a team to be (product §5.3), as the admin form or a later REST route hands it in. */
export interface TeamInput {
  name: string;
  /** Slack user ids; a lead who is not listed here becomes a member too. */
  memberSlackUserIds: string[];
  leadSlackUserIds: string[];
  /** The channel for the team digest; null: no channel digest. */
  channelId: string | null;
  /** Local hour (workspace time zone) of the channel digest, 0–23. */
  digestHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  digestDays: number[];
  /** Working days an item may be overdue before the digest names it. */
  escalationDays: number;
}

export type TeamField =
  | 'name'
  | 'members'
  | 'leads'
  | 'channel'
  | 'digestHour'
  | 'digestDays'
  | 'escalationDays';

export const TEAM_NAME_MAX = 60;
export const ESCALATION_MIN = 1;
export const ESCALATION_MAX = 30;
export const DEFAULT_ESCALATION_DAYS = 3;
export const DEFAULT_DIGEST_HOUR = 8;
export const DEFAULT_DIGEST_DAYS = [1, 2, 3, 4, 5];
/** A team is a handful of people; the cap keeps one save (a users.info per new member) bounded. */
export const TEAM_MEMBERS_MAX = 100;
