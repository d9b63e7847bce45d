/** A Slack workspace Touchbase serves, with the defaults its users start from. */
export interface Workspace {
  id: number;
  slackTeamId: string;
  name: string;
  /** 'en' or 'sv': the language of messages to nobody in particular. */
  defaultLocale: string;
  defaultTimezone: string;
  /** ISO country whose public holidays are not working days (SPEC 5.3); null: none. */
  holidayCountry: string | null;
  /** Multi-channel guests may use Touchbase as staff (an admin setting, audited). */
  admitMultiChannelGuests: boolean;
  createdAt: Date;
  updatedAt: Date;
}
