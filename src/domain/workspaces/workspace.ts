/** A Slack workspace Touchbase serves, with the defaults its users start from. */
export interface Workspace {
  id: number;
  slackTeamId: string;
  name: string;
  /** 'en' or 'sv': the language of messages to nobody in particular. */
  defaultLocale: string;
  defaultTimezone: string;
  /** ISO country whose public holidays are not working days (product §5.3); null: none. */
  holidayCountry: string | null;
  /** Multi-channel guests may use Touchbase as staff (an admin setting, audited). */
  admitMultiChannelGuests: boolean;
  /** Working hours, minutes after local midnight in the workspace's time zone. */
  workDayStartMinute: number;
  workDayEndMinute: number;
  /** ISO working weekdays, 1 = Monday … 7 = Sunday. */
  workDays: number[];
  /** Distributed mode: uninstalled then (its data kept for a reinstall until erased); null: in service. */
  uninstalledAt: Date | null;
  /**
   * Enterprise Grid: the organization this register belongs to (product §10.4); null outside
   * one. An organization's shared register has the enterprise id as its slackTeamId too.
   */
  enterpriseId: string | null;
  createdAt: Date;
  updatedAt: Date;
}
