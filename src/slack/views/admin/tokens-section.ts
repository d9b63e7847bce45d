import type { KnownBlock, SectionBlock } from '@slack/types';
import type { ApiTokenListing } from '../../../domain/api-tokens/token-ports';
import type { Messages } from '../../../i18n';
import { formatDateTime, type TimeFormatting } from '../format';
import { escapeMrkdwn } from '../mrkdwn';
import { listPager } from './list-pager';
import { TOKEN_ACTIONS, TOKEN_MENU_PREFIX, tokenMenuValue } from './token-ids';

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

export function tokensPageCount(tokenCount: number): number {
  return Math.max(1, Math.ceil(tokenCount / TOKENS_PER_PAGE));
}

export function shownTokensPage(tokenCount: number, requestedPage: number): number {
  return Math.min(Math.max(0, requestedPage), tokensPageCount(tokenCount) - 1);
}

/** The "API tokens" section of the admin modal: active tokens, newest first, each with its menu. */
export function tokensSection(m: Messages, data: TokensSectionData): KnownBlock[] {
  const t = m.api.tokens;
  const pages = tokensPageCount(data.tokens.length);
  const page = shownTokensPage(data.tokens.length, data.page);
  const first = page * TOKENS_PER_PAGE;
  const shown = data.tokens.slice(first, first + TOKENS_PER_PAGE);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t.heading } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: t.intro }] },
    {
      type: 'actions',
      block_id: 'admin_tokens_actions',
      elements: [{ type: 'button', action_id: TOKEN_ACTIONS.add, text: { type: 'plain_text', text: t.add } }],
    },
  ];
  if (data.tokens.length === 0)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t.none }] });
  blocks.push(...shown.map((token) => tokenBlock(m, token, data.time)));
  if (pages > 1)
    blocks.push(
      ...listPager(
        m.api.tokens,
        { previous: TOKEN_ACTIONS.previousPage, next: TOKEN_ACTIONS.nextPage, block: 'admin_tokens_pager' },
        { page, pages, first, shown: shown.length, total: data.tokens.length },
      ),
    );
  return blocks;
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

function tokenBlock(m: Messages, token: ApiTokenListing, time: TimeFormatting): SectionBlock {
  return {
    type: 'section',
    block_id: `admin_token:${token.id}`,
    text: { type: 'mrkdwn', text: tokenSummary(m, token, time) },
    accessory: {
      type: 'overflow',
      action_id: `${TOKEN_MENU_PREFIX}${token.id}`,
      options: [{ text: { type: 'plain_text', text: m.api.tokens.revoke }, value: tokenMenuValue(token.id) }],
    },
  };
}
