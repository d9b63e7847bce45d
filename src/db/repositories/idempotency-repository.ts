import { Prisma, type PrismaClient } from '../../generated/prisma/client';

export interface IdempotencyClaimRow {
  workspaceId: number;
  tokenId: number;
  key: string;
  requestHash: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface StoredIdempotencyKey {
  id: number;
  requestHash: string;
  /** 0 while the first request is still being handled. */
  responseStatus: number;
  responseBody: unknown;
  createdAt: Date;
  expiresAt: Date;
}

/** IdempotencyKey rows: the unique (tokenId, key) index decides who acts. */
export class IdempotencyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Inserts a pending claim; null when the key is already taken (by anyone, in any state). */
  async tryClaim(row: IdempotencyClaimRow): Promise<number | null> {
    const inserted = await this.prisma.$queryRaw<{ id: number }[]>`
      INSERT INTO "IdempotencyKey" ("workspaceId", "tokenId", "key", "requestHash", "responseStatus", "responseBody", "createdAt", "expiresAt")
      VALUES (${row.workspaceId}, ${row.tokenId}, ${row.key}, ${row.requestHash}, 0, 'null'::jsonb, ${row.createdAt}, ${row.expiresAt})
      ON CONFLICT ("tokenId", "key") DO NOTHING
      RETURNING "id"`;
    return inserted[0]?.id ?? null;
  }

  find(tokenId: number, key: string): Promise<StoredIdempotencyKey | null> {
    return this.prisma.idempotencyKey.findUnique({
      where: { tokenId_key: { tokenId, key } },
      select: {
        id: true,
        requestHash: true,
        responseStatus: true,
        responseBody: true,
        createdAt: true,
        expiresAt: true,
      },
    });
  }

  async complete(id: number, status: number, body: unknown): Promise<void> {
    await this.prisma.idempotencyKey.update({
      where: { id },
      data: {
        responseStatus: status,
        responseBody: body === null ? Prisma.JsonNull : (body as Prisma.InputJsonValue),
      },
    });
  }

  async remove(id: number): Promise<void> {
    await this.prisma.idempotencyKey.deleteMany({ where: { id } });
  }

  /** Deletes an expired or abandoned claim unless someone replaced it meanwhile. */
  async removeIfUnchanged(id: number, createdAt: Date): Promise<void> {
    await this.prisma.idempotencyKey.deleteMany({ where: { id, createdAt } });
  }

  async purgeExpired(now: Date): Promise<number> {
    const { count } = await this.prisma.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }
}
