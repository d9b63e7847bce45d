import { listPlace, parseMetadata, wholeNumber } from './admin-metadata';
/**
 * Callback, action and block ids of the admin modal's "API tokens" section and its forms,
 * and what those forms remember in `private_metadata`. Listeners and views import them from here.
 */
export const TOKEN_CALLBACKS = {
  create: 'admin_token_create',
  revoke: 'admin_token_revoke',
  /** The modal that shows the new secret once; it has no submit. */
  created: 'admin_token_created',
} as const;

export const TOKEN_ACTIONS = {
  add: 'admin_token_add_open',
  previousPage: 'admin_tokens_page_previous',
  nextPage: 'admin_tokens_page_next',
} as const;

/** One overflow menu per token; Slack wants action ids unique within a view. */
export const TOKEN_MENU_PREFIX = 'admin_token_menu:';
export const TOKEN_MENU_PATTERN = /^admin_token_menu:\d+$/;
export const TOKENS_PAGE_PATTERN = /^admin_tokens_page_(previous|next)$/;

/** Input block ids keyed by the domain field (TokenField) they carry; each input's action_id is its block_id. */
export const TOKEN_INPUTS = {
  name: 'token_name',
  scopes: 'token_scopes',
} as const;

export function tokenMenuValue(tokenId: number): string {
  return `revoke:${tokenId}`;
}

export function parseTokenMenuValue(value: string): { tokenId: number } | null {
  const match = /^revoke:(\d+)$/.exec(value);
  return match ? { tokenId: Number(match[1]) } : null;
}

/** The pages of the admin modal under a token form, the modal to redraw, and the token being revoked. */
export interface TokenFormState {
  page: number;
  teamsPage: number;
  tokensPage: number;
  listViewId: string;
  listHash: string;
  tokenId?: number;
}

export function encodeTokenFormState(state: TokenFormState): string {
  return JSON.stringify(state);
}

/** Reads a token form's state, or (listViewId empty) the admin modal's own pages. */
export function decodeTokenFormState(metadata: string | undefined): TokenFormState {
  const parsed = parseMetadata(metadata);
  return {
    page: wholeNumber(parsed.page) ?? 0,
    teamsPage: wholeNumber(parsed.teamsPage) ?? 0,
    tokensPage: wholeNumber(parsed.tokensPage) ?? 0,
    ...listPlace(parsed),
    tokenId: wholeNumber(parsed.tokenId),
  };
}

export function decodeTokensPage(metadata: string | undefined): number {
  return decodeTokenFormState(metadata).tokensPage;
}
