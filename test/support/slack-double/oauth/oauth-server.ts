import { ApiError } from '../api-error';
import type { IdFactory } from '../ids';
import type { JsonObject, Obj } from '../json';
import type { TokenBook } from './token-book';

/** The app's credentials the double knows (Basic Information → App Credentials). */
export const OAUTH_CLIENT_ID = '1000000000.2000000000';
export const OAUTH_CLIENT_SECRET = 'test-client-secret';

/** What the double knows of a workspace an install is for. */
export interface InstallTarget {
  teamId: string;
  teamName: string;
  /** The Enterprise Grid organization, for a workspace of one or an org-wide install. */
  enterprise: { id: string; name: string } | null;
  /** An org-wide install: `teamId` is then the enterprise id, and the answer names no team. */
  orgWide: boolean;
  botUserId: string;
  appId: string;
  scopes: string[];
  /** Called once the install succeeds, with the bot token Slack handed out. */
  installed(token: string): void;
}

interface Grant {
  target: InstallTarget;
  userId: string;
  rotating: boolean;
  used: boolean;
}

/**
 * Slack's side of OAuth v2: the user clicks Allow on /oauth/v2/authorize (here: a test asks for
 * a code), then the app trades the code for tokens with oauth.v2.access, once.
 */
export class OAuthServer {
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly ids: IdFactory,
    private readonly tokens: TokenBook,
    /** Told of the new token a refresh handed out for a workspace. */
    private readonly refreshed: (teamId: string, token: string) => void,
  ) {}

  /** The `code` Slack puts on the redirect once `userId` allowed the install. */
  grant(target: InstallTarget, userId: string, rotating: boolean): string {
    const code = `${target.teamId}.${this.ids.next('C')}.${this.ids.secret()}`;
    this.grants.set(code, { target, userId, rotating, used: false });
    return code;
  }

  /** oauth.v2.access: a code (once) or a refresh token (once) for tokens. */
  access(args: Obj): JsonObject {
    if (args.client_id !== OAUTH_CLIENT_ID) throw new ApiError('invalid_client_id');
    if (args.client_secret !== OAUTH_CLIENT_SECRET) throw new ApiError('bad_client_secret');
    if (args.grant_type === 'refresh_token') {
      const { teamId, ...issued } = this.tokens.refresh(String(args.refresh_token ?? ''));
      this.refreshed(teamId, issued.access_token);
      return { ok: true, token_type: 'bot', ...issued };
    }
    const grant = this.grants.get(String(args.code ?? ''));
    if (!grant) throw new ApiError('invalid_code');
    if (grant.used) throw new ApiError('code_already_used');
    grant.used = true;
    const { target } = grant;
    const issued = this.tokens.issue(target.teamId, grant.rotating);
    target.installed(issued.access_token);
    return {
      ok: true,
      app_id: target.appId,
      authed_user: { id: grant.userId },
      scope: target.scopes.join(','),
      token_type: 'bot',
      bot_user_id: target.botUserId,
      team: target.orgWide ? null : { id: target.teamId, name: target.teamName },
      enterprise: target.enterprise,
      is_enterprise_install: target.orgWide,
      ...issued,
    };
  }
}
