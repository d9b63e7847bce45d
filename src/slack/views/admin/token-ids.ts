import { adminListIds } from './admin-list-ids';

/**
 * Callback, action and block ids of the admin modal's "API tokens" section and its forms.
 * Listeners and views import them from here.
 */
export const TOKEN_CALLBACKS = {
  create: 'admin_token_create',
  revoke: 'admin_token_revoke',
  /** The modal that shows the new secret once; it has no submit. */
  created: 'admin_token_created',
} as const;

export const TOKEN_LIST = adminListIds('token', 'tokens');

export const TOKEN_MENU_OPERATIONS = ['revoke'] as const;

/** Input block ids keyed by the domain field (TokenField) they carry; each input's action_id is its block_id. */
export const TOKEN_INPUTS = {
  name: 'token_name',
  scopes: 'token_scopes',
} as const;
