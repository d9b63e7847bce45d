/**
 * Callback, action and block ids of the admin modal's Teams section and its forms
 * (the activity types keep theirs in admin-ids.ts). Listeners and views import them from here.
 */
export const TEAM_CALLBACKS = {
  save: 'admin_team_save',
  delete: 'admin_team_delete',
} as const;

export const TEAM_ACTIONS = {
  add: 'admin_team_add_open',
  previousPage: 'admin_teams_page_previous',
  nextPage: 'admin_teams_page_next',
} as const;

/** One overflow menu per team; Slack wants action ids unique within a view. */
export const TEAM_MENU_PREFIX = 'admin_team_menu:';
export const TEAM_MENU_PATTERN = /^admin_team_menu:\d+$/;
export const TEAMS_PAGE_PATTERN = /^admin_teams_page_(previous|next)$/;

export type TeamMenuOperation = 'edit' | 'delete';

/** Input block ids keyed by the domain field they carry; each input's action_id is its block_id. */
export const TEAM_INPUTS = {
  name: 'team_name',
  members: 'team_members',
  leads: 'team_leads',
  channel: 'team_channel',
  digestHour: 'team_digest_hour',
  digestDays: 'team_digest_days',
  escalationDays: 'team_escalation',
} as const;

export function teamMenuValue(operation: TeamMenuOperation, teamId: number): string {
  return `${operation}:${teamId}`;
}

export function parseTeamMenuValue(value: string): { operation: TeamMenuOperation; teamId: number } | null {
  const match = /^(edit|delete):(\d+)$/.exec(value);
  if (!match) return null;
  return { operation: match[1] as TeamMenuOperation, teamId: Number(match[2]) };
}
