import { requireAdmin } from '../activity-types/require-admin';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { type FieldMessages, ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import { type ApiScope, isApiScope } from './api-scopes';
import type { ApiTokenListing, ApiTokens } from './token-ports';
import { generateTokenSecret, hashTokenSecret, tokenPrefix } from './token-secret';

export const TOKEN_NAME_MAX = 60;

export type TokenField = 'name' | 'scopes';

export interface CreatedToken {
  token: ApiTokenListing;
  /** Shown once, in the modal that follows the create; never stored or logged. */
  secret: string;
}

/**
 * API tokens in /activity admin (product §7.1): admins create (the secret is shown
 * once and only its hash kept), list and revoke. Each create and revoke leaves
 * an audit entry with the name, prefix and scopes: never the secret.
 */
export class ApiTokenAdmin {
  constructor(
    private readonly tokens: ApiTokens,
    private readonly clock: Clock,
  ) {}

  async create(viewer: Viewer, input: { name: string; scopes: string[] }): Promise<CreatedToken> {
    requireAdmin(viewer);
    const name = input.name.replace(/\s+/g, ' ').trim();
    const scopes = [...new Set(input.scopes)].filter(isApiScope) as ApiScope[];
    const errors: FieldMessages<TokenField> = {};
    if (name === '') errors.name = (m) => m.api.tokens.errors.nameRequired;
    else if ([...name].length > TOKEN_NAME_MAX)
      errors.name = (m) => m.api.tokens.errors.nameTooLong(TOKEN_NAME_MAX);
    if (scopes.length === 0) errors.scopes = (m) => m.api.tokens.errors.scopesRequired;
    if (Object.keys(errors).length > 0) throw new ValidationError<TokenField>(errors);
    const secret = generateTokenSecret();
    const prefix = tokenPrefix(secret);
    const token = await this.tokens.create(
      {
        workspaceId: viewer.workspaceId,
        name,
        prefix,
        secretHash: hashTokenSecret(secret),
        scopes,
        createdById: viewer.employeeId,
        createdAt: this.clock.now(),
      },
      { actorId: viewer.employeeId, action: 'api_token.created', details: { name, prefix, scopes } },
    );
    return { token, secret };
  }

  list(viewer: Viewer): Promise<ApiTokenListing[]> {
    requireAdmin(viewer);
    return this.tokens.listActive(viewer.workspaceId);
  }

  async find(viewer: Viewer, id: number): Promise<ApiTokenListing> {
    requireAdmin(viewer);
    const token = await this.tokens.findActive(viewer.workspaceId, id);
    if (!token) throw tokenNotFound();
    return token;
  }

  /** Revoked tokens answer 401 from the next request on; revoking twice changes nothing. */
  async revoke(viewer: Viewer, id: number): Promise<ApiTokenListing> {
    const token = await this.find(viewer, id);
    const revoked = await this.tokens.revoke({
      workspaceId: viewer.workspaceId,
      id,
      at: this.clock.now(),
      audit: {
        actorId: viewer.employeeId,
        action: 'api_token.revoked',
        details: { name: token.name, prefix: token.prefix, scopes: token.scopes },
      },
    });
    if (!revoked) throw tokenNotFound();
    return token;
  }
}

export const tokenNotFound = () => new AppError('api_token_not_found', (m) => m.api.tokens.errors.notFound);
