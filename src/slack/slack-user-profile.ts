import type { EmployeeProfile } from '../domain/employees/employee';
import type { Workspace } from '../domain/workspaces/workspace';

/** The parts of a Slack user object (users.info, users.list) an Employee keeps. */
export interface SlackUserLike {
  id?: string;
  name?: string;
  real_name?: string;
  tz?: string;
  locale?: string;
  team_id?: string;
  deleted?: boolean;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  profile?: { display_name?: string; email?: string };
}

export function profileFromSlackUser(
  user: SlackUserLike,
  slackUserId: string,
  workspace: Workspace,
): EmployeeProfile {
  return {
    name: user.profile?.display_name || user.real_name || user.name || slackUserId,
    email: user.profile?.email ?? null,
    timezone: user.tz || workspace.defaultTimezone,
    slackLocale: user.locale ?? null,
    isSlackAdmin: Boolean(user.is_admin || user.is_owner),
    isBot: Boolean(user.is_bot) || slackUserId === 'USLACKBOT',
    isDeleted: Boolean(user.deleted),
    isRestricted: Boolean(user.is_restricted || user.is_ultra_restricted),
    isUltraRestricted: Boolean(user.is_ultra_restricted),
    isForeign: Boolean(user.team_id && user.team_id !== workspace.slackTeamId),
  };
}
