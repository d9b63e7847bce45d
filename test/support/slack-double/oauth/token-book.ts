import { ApiError } from '../api-error';

/** Slack's rotating bot tokens live 12 hours. */
export const ROTATING_TOKEN_SECONDS = 12 * 60 * 60;

interface BotToken {
  teamId: string;
  /** Epoch ms; undefined for tokens that never expire (rotation off). */
  expiresAt?: number;
  revoked: boolean;
}

export interface IssuedTokens {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
}

/**
 * Every bot token the double has handed out, with whose it is, when it expires and whether it
 * was revoked: as Slack, an old rotating token stays valid until it expires, a refresh token
 * works once, and an uninstall kills every token of the workspace.
 */
export class TokenBook {
  private readonly tokens = new Map<string, BotToken>();
  private readonly refreshTokens = new Map<string, { teamId: string; used: boolean }>();
  private counter = 0;

  constructor(private readonly now: () => number) {}

  /** A token that never expires, e.g. the one-workspace double's xoxb-test. */
  register(token: string, teamId: string): void {
    this.tokens.set(token, { teamId, revoked: false });
  }

  issue(teamId: string, rotating: boolean): IssuedTokens {
    this.counter += 1;
    if (!rotating) {
      const token = `xoxb-${teamId}-${this.counter}`;
      this.register(token, teamId);
      return { access_token: token };
    }
    const token = `xoxe.xoxb-1-${teamId}-${this.counter}`;
    const refresh = `xoxe-1-${teamId}-${this.counter}`;
    this.tokens.set(token, { teamId, expiresAt: this.now() + ROTATING_TOKEN_SECONDS * 1000, revoked: false });
    this.refreshTokens.set(refresh, { teamId, used: false });
    return { access_token: token, refresh_token: refresh, expires_in: ROTATING_TOKEN_SECONDS };
  }

  /** oauth.v2.access with grant_type=refresh_token: a refresh token is spent by its first use. */
  refresh(refreshToken: string): IssuedTokens & { teamId: string } {
    const known = this.refreshTokens.get(refreshToken);
    if (!known || known.used) throw new ApiError('invalid_refresh_token');
    known.used = true;
    return { ...this.issue(known.teamId, true), teamId: known.teamId };
  }

  /** Whose the token is; throws Slack's error for a token that is unknown, expired or revoked. */
  teamOf(token: string): string {
    const known = this.tokens.get(token);
    if (!known) throw new ApiError('invalid_auth');
    if (known.revoked) throw new ApiError('token_revoked');
    if (known.expiresAt !== undefined && known.expiresAt <= this.now()) throw new ApiError('token_expired');
    return known.teamId;
  }

  has(token: string): boolean {
    return this.tokens.has(token);
  }

  /** app_uninstalled: every token of the workspace is dead, refresh tokens too. */
  revokeTeam(teamId: string): void {
    for (const token of this.tokens.values()) if (token.teamId === teamId) token.revoked = true;
    for (const refresh of this.refreshTokens.values()) if (refresh.teamId === teamId) refresh.used = true;
  }
}
