import {
  type AnswerToStore,
  ClaimLostError,
  type IdempotencyClaimRow,
  type IdempotencyKeys,
  type StoredIdempotencyKey,
} from '../../domain/api-tokens/idempotency-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { prismaOf, type Transaction } from './transaction';

/** IdempotencyKey rows: the unique (tokenId, key) index decides who acts. */
export class IdempotencyRepository implements IdempotencyKeys {
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
        responseHeaders: true,
        createdAt: true,
        expiresAt: true,
      },
    });
  }

  /**
   * Stores the answer on a pending claim — inside `tx` when given, so the answer
   * and the change it describes commit together or not at all. Throws
   * ClaimLostError when the claim is not pending any more (then `tx` must not commit).
   */
  async complete(id: number, answer: AnswerToStore, tx?: Transaction): Promise<void> {
    const db = tx ? prismaOf(tx) : this.prisma;
    const { count } = await db.idempotencyKey.updateMany({
      where: { id, responseStatus: 0 },
      data: {
        responseStatus: answer.status,
        responseBody: answer.body === null ? Prisma.JsonNull : (answer.body as Prisma.InputJsonValue),
        responseHeaders: answer.headers,
        activityId: answer.activityId ?? null,
        personId: answer.personId ?? null,
      },
    });
    if (count === 0) throw new ClaimLostError(id);
  }

  /** Frees a claim whose request changed nothing; an answer stored meanwhile is kept. */
  async removePending(id: number): Promise<void> {
    await this.prisma.idempotencyKey.deleteMany({ where: { id, responseStatus: 0 } });
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
