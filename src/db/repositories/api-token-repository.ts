import type {
  ActiveToken,
  ApiTokenListing,
  ApiTokens,
  NewApiToken,
  TokenAudit,
  TokenRevocation,
} from '../../domain/api-tokens/token-ports';
import type { Workspace } from '../../domain/workspaces/workspace';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { PlainSql } from '../plain-sql';

interface TokenColumns {
  tokenId: number;
  tokenName: string;
  tokenScopes: string[];
}

const listing = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  createdBy: { select: { slackUserId: true, name: true } },
} satisfies Prisma.ApiTokenSelect;

/** findActiveByHash's statement: its text never changes, so it is prepared once per connection. */
const ACTIVE_BY_HASH = {
  name: 'api_token_active_by_hash',
  text: `SELECT t."id" AS "tokenId", t."name" AS "tokenName", t."scopes" AS "tokenScopes", w.*
      FROM "ApiToken" t JOIN "Workspace" w ON w."id" = t."workspaceId"
      WHERE t."secretHash" = $1 AND t."revokedAt" IS NULL`,
};

/** touch's statement: the times go as UTC text (see PlainSql), as Prisma stores DateTime. */
const TOUCH = {
  name: 'api_token_touch',
  text: `UPDATE "ApiToken" SET "lastUsedAt" = $2::timestamp(3)
      WHERE "id" = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < $3::timestamp(3))`,
};

/** ApiToken rows, with their audit entries written in the same transaction. */
export class ApiTokenRepository implements ApiTokens {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly plain: PlainSql,
  ) {}

  /**
   * A token that is not revoked, by the hash of its secret, with its workspace (every column
   * of its row, as Prisma's read gave). Asked on every API request, so in plain SQL on the
   * plain path: Prisma's query compiler, and then its raw-query pipeline, cost more CPU than
   * the statement itself (issue 12).
   */
  async findActiveByHash(secretHash: string): Promise<ActiveToken | null> {
    const [row] = await this.plain.query<Workspace & TokenColumns>({
      ...ACTIVE_BY_HASH,
      values: [secretHash],
    });
    if (!row) return null;
    const { tokenId, tokenName, tokenScopes, ...workspace } = row;
    return { id: tokenId, name: tokenName, scopes: tokenScopes, workspace };
  }

  create(token: NewApiToken, audit: TokenAudit): Promise<ApiTokenListing> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.apiToken.create({ data: token, select: listing });
      await tx.auditLog.create({
        data: {
          workspaceId: token.workspaceId,
          actorId: audit.actorId,
          action: audit.action,
          targetType: 'ApiToken',
          targetId: String(row.id),
          details: audit.details,
          createdAt: token.createdAt,
        },
      });
      return row;
    });
  }

  /** Active tokens, newest first. */
  listActive(workspaceId: number): Promise<ApiTokenListing[]> {
    return this.prisma.apiToken.findMany({
      where: { workspaceId, revokedAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: listing,
    });
  }

  findActive(workspaceId: number, id: number): Promise<ApiTokenListing | null> {
    return this.prisma.apiToken.findFirst({ where: { id, workspaceId, revokedAt: null }, select: listing });
  }

  /** False when the token was already revoked (or never existed): nothing is written then. */
  revoke({ workspaceId, id, at, audit }: TokenRevocation): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.apiToken.updateMany({
        where: { id, workspaceId, revokedAt: null },
        data: { revokedAt: at },
      });
      if (count === 0) return false;
      await tx.auditLog.create({
        data: {
          workspaceId,
          actorId: audit.actorId,
          action: audit.action,
          targetType: 'ApiToken',
          targetId: String(id),
          details: audit.details,
          createdAt: at,
        },
      });
      return true;
    });
  }

  /**
   * Records use, at most once per `olderThan` per token even across replicas (the condition is
   * in the write). On the plain path, as the look-up: it follows an API request (issue 12).
   */
  async touch(id: number, at: Date, olderThan: Date): Promise<void> {
    await this.plain.query({ ...TOUCH, values: [id, at, olderThan] });
  }
}
