import { adminListIds } from './admin-list-ids';

/**
 * Callback, action and block ids of the admin modal's Teams section and its forms
 * (the activity types keep theirs in admin-ids.ts). Listeners and views import them from here.
 */
export const TEAM_CALLBACKS = {
  save: 'admin_team_save',
  delete: 'admin_team_delete',
} as const;

export const TEAM_LIST = adminListIds('team', 'teams');

export const TEAM_MENU_OPERATIONS = ['edit', 'delete'] as const;

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
