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
  /** Enterprise Grid: the organization the user belongs to and the workspaces they are in. */
  enterprise_user?: { enterprise_id?: string; is_admin?: boolean; is_owner?: boolean; teams?: string[] };
}

/**
 * Whether the user belongs to this register (product §1, §10.4): a workspace's members; in an
 * Enterprise Grid organization the members of that workspace (Slack lists each user's workspaces
 * in `enterprise_user.teams`), or, for the organization's shared register, everyone of the
 * organization. Anyone else is of another workspace or organization (Slack Connect).
 */
function belongsTo(user: SlackUserLike, workspace: Workspace): boolean {
  if (!user.team_id || user.team_id === workspace.slackTeamId) return true;
  const organization = user.enterprise_user?.enterprise_id;
  if (!workspace.enterpriseId || organization !== workspace.enterpriseId) return false;
  if (workspace.slackTeamId === workspace.enterpriseId) return true;
  return user.enterprise_user?.teams?.includes(workspace.slackTeamId) ?? false;
}

/** An organization's admins and owners administer its shared register too. */
function isAdmin(user: SlackUserLike, workspace: Workspace): boolean {
  if (user.is_admin || user.is_owner) return true;
  const sharedRegister = workspace.enterpriseId !== null && workspace.slackTeamId === workspace.enterpriseId;
  return sharedRegister && Boolean(user.enterprise_user?.is_admin || user.enterprise_user?.is_owner);
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
    isSlackAdmin: isAdmin(user, workspace),
    isBot: Boolean(user.is_bot) || slackUserId === 'USLACKBOT',
    isDeleted: Boolean(user.deleted),
    isRestricted: Boolean(user.is_restricted || user.is_ultra_restricted),
    isUltraRestricted: Boolean(user.is_ultra_restricted),
    isForeign: !belongsTo(user, workspace),
  };
}
