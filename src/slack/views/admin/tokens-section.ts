import type { KnownBlock } from '@slack/types';
import type { ApiTokenListing } from '../../../domain/api-tokens/token-ports';
import type { Messages } from '../../../i18n';
import { formatDateTime, type TimeFormatting } from '../format';
import { escapeMrkdwn } from '../mrkdwn';
import { adminListSection, menuItemBlock } from './admin-list-section';
import { TOKEN_LIST } from './token-ids';

/**
 * One block per token. The activity types (≤ 45 blocks), teams (≤ 25), these (≤ 15), the
 * data protection section, dividers and a notice stay inside a modal's 100 blocks.
 */
export const TOKENS_PER_PAGE = 10;

export interface TokensSectionData {
  tokens: ApiTokenListing[];
  /** Requested page (0-based); a page past the end shows the last. */
  page: number;
  /** Dates in the viewer's time zone and language. */
  time: TimeFormatting;
}

/** The "API tokens" section of the admin modal: active tokens, newest first, each with its menu. */
export function tokensSection(m: Messages, data: TokensSectionData): KnownBlock[] {
  return adminListSection({
    words: m.api.tokens,
    ids: TOKEN_LIST,
    items: data.tokens,
    perPage: TOKENS_PER_PAGE,
    page: data.page,
    block: (token) =>
      menuItemBlock(TOKEN_LIST, {
        id: token.id,
        mrkdwn: tokenSummary(m, token, data.time),
        menu: [['revoke', m.api.tokens.revoke]],
      }),
  });
}

/** Name, prefix and scopes; then who created it and when, and when it was last used. */
export function tokenSummary(m: Messages, token: ApiTokenListing, time: TimeFormatting): string {
  const t = m.api.tokens;
  const scopes = token.scopes.map((scope) => `\`${scope}\``).join(', ');
  // Slack user ids come from Slack and name the creator without exposing typed text.
  const by = token.createdBy ? `<@${token.createdBy.slackUserId}>` : t.unknownCreator;
  const lastUsed = token.lastUsedAt ? formatDateTime(token.lastUsedAt, time) : t.never;
  return [
    t.line(escapeMrkdwn(token.name), token.prefix, scopes),
    t.details(by, formatDateTime(token.createdAt, time), lastUsed),
  ].join('\n');
}
