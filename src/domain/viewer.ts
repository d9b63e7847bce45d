import type { Locale } from '../i18n';

/**
 * The employee looking at or acting on something. Visibility (product §3.4) and
 * permissions are decided from this, never from raw Slack ids.
 */
export interface Viewer {
  workspaceId: number;
  employeeId: number;
  slackUserId: string;
  /** Slack admin/owner or listed in ADMIN_SLACK_USER_IDS. */
  isAdmin: boolean;
  locale: Locale;
  timezone: string;
}
