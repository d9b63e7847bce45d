import type { JsonObject } from '../json';
import type { Workspace } from '../workspaces/workspace';

export interface NewApiToken {
  workspaceId: number;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdById: number;
  createdAt: Date;
}

export interface ApiTokenListing {
  id: number;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  createdBy: { slackUserId: string; name: string } | null;
}

export interface ActiveToken {
  id: number;
  name: string;
  scopes: string[];
  workspace: Workspace;
}

/** Who did what to a token, for the audit log: never the secret or its hash. */
export interface TokenAudit {
  actorId: number;
  action: 'api_token.created' | 'api_token.revoked';
  details: JsonObject;
}

/** Revoking one token of a workspace at a moment, with its audit entry. */
export interface TokenRevocation {
  workspaceId: number;
  id: number;
  at: Date;
  audit: TokenAudit;
}

/** The API tokens (product §7.1), with their audit entries written in the same transaction. */
export interface ApiTokens {
  /** A token that is not revoked, by the hash of its secret, with its workspace. */
  findActiveByHash(secretHash: string): Promise<ActiveToken | null>;
  create(token: NewApiToken, audit: TokenAudit): Promise<ApiTokenListing>;
  listActive(workspaceId: number): Promise<ApiTokenListing[]>;
  findActive(workspaceId: number, id: number): Promise<ApiTokenListing | null>;
  /** False when it was not active (revoked meanwhile, or not of the workspace). */
  revoke(revocation: TokenRevocation): Promise<boolean>;
  /** Records use, at most once per `olderThan` per token even across replicas. */
  touch(id: number, at: Date, olderThan: Date): Promise<void>;
}
