import type {
  BatchActivity,
  BatchInsert,
  BatchInserted,
  MessageBatches,
  StoredItemAnswer,
} from '../../domain/messages/message-ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { utcText } from './utc-text';

/**
 * POST /messages/batch, set-based: the activities of a whole batch, their CREATED
 * events and their items' idempotency keys go in one statement (so they commit
 * together or not at all), instead of a transaction of several statements per item.
 */
export class MessageBatchRepository implements MessageBatches {
  constructor(private readonly prisma: PrismaClient) {}

  /** Answers stored under these keys that are still valid; expired ones are deleted first. */
  async storedAnswers(tokenId: number, keys: string[], now: Date): Promise<StoredItemAnswer[]> {
    if (keys.length === 0) return [];
    const rows = await this.prisma.$queryRaw<StoredItemAnswer[]>`
      WITH expired AS (
        DELETE FROM "IdempotencyKey"
        WHERE "tokenId" = ${tokenId} AND "key" = ANY (${keys}::text[]) AND "expiresAt" <= ${now}
        RETURNING "id"
      )
      SELECT "key", "requestHash", "responseStatus", "activityId" FROM "IdempotencyKey"
      WHERE "tokenId" = ${tokenId} AND "key" = ANY (${keys}::text[])
        AND "id" NOT IN (SELECT "id" FROM expired)`;
    return rows;
  }

  /**
   * Ids are drawn first (in the batch's order), then a key claims its item: an item
   * whose key another request stored meanwhile is left out (null), the rest are
   * inserted with their events, and the keys' answers name the activity. Foreign
   * keys between the rows are checked at the end of the statement.
   */
  async insert(batch: BatchInsert): Promise<BatchInserted> {
    const rows = batch.activities;
    if (rows.length === 0) return [];
    const column = <T>(pick: (row: BatchActivity) => T) => rows.map(pick);
    const result = await this.prisma.$queryRaw<{ item: number; id: number; inserted: boolean }[]>`
      WITH input AS MATERIALIZED (
        SELECT nextval(pg_get_serial_sequence('"Activity"', 'id'))::int AS "id", u.*
        FROM unnest(
          ${column((row) => row.personId)}::int[],
          ${column((row) => row.organizationId)}::int[],
          ${column((row) => row.typeId)}::int[],
          ${column((row) => row.subject)}::text[],
          ${column((row) => row.status)}::text[],
          ${column((row) => utcText(row.startAt))}::timestamp(3)[],
          ${column((row) => utcText(row.endAt))}::timestamp(3)[],
          ${column((row) => utcText(row.dueAt))}::timestamp(3)[],
          ${column((row) => utcText(row.completedAt))}::timestamp(3)[],
          ${column((row) => row.responsibleId)}::int[],
          ${column((row) => row.notes)}::text[],
          ${column((row) => row.isPrivate)}::boolean[],
          ${column((row) => row.source)}::text[],
          ${column((row) => JSON.stringify(row.changes))}::text[],
          ${column((row) => row.key)}::text[],
          ${column((row) => row.requestHash)}::text[]
        ) WITH ORDINALITY AS u("personId", "organizationId", "typeId", "subject", "status", "startAt", "endAt",
          "dueAt", "completedAt", "responsibleId", "notes", "isPrivate", "source", "changes", "key",
          "requestHash", "item")
        ORDER BY u."item"
      ),
      claimed AS (
        INSERT INTO "IdempotencyKey" ("workspaceId", "tokenId", "key", "requestHash", "responseStatus",
          "responseBody", "responseHeaders", "activityId", "createdAt", "expiresAt")
        SELECT ${batch.workspaceId}, ${batch.tokenId}, i."key", i."requestHash", 201,
          jsonb_build_object('activityId', i."id"), '{}'::jsonb, i."id", ${batch.at}, ${batch.keysExpireAt}
        FROM input i WHERE i."key" IS NOT NULL
        ON CONFLICT ("tokenId", "key") DO NOTHING
        RETURNING "activityId"
      ),
      go AS (
        SELECT i.* FROM input i
        WHERE i."key" IS NULL OR i."id" IN (SELECT "activityId" FROM claimed)
      ),
      activities AS (
        INSERT INTO "Activity" ("id", "workspaceId", "personId", "organizationId", "typeId", "subject", "status",
          "startAt", "endAt", "dueAt", "completedAt", "responsibleId", "notes", "isPrivate", "creatorId",
          "updatedById", "source", "permalink", "version", "createdAt", "updatedAt")
        SELECT g."id", ${batch.workspaceId}, g."personId", g."organizationId", g."typeId", g."subject",
          g."status"::"ActivityStatus", g."startAt", g."endAt", g."dueAt", g."completedAt", g."responsibleId",
          g."notes", g."isPrivate", NULL, NULL, g."source"::"ActivitySource", NULL, 1, ${batch.at}, ${batch.at}
        FROM go g
        RETURNING "id"
      ),
      events AS (
        INSERT INTO "ActivityEvent" ("workspaceId", "activityId", "actorId", "actorLabel", "kind", "changes", "createdAt")
        SELECT ${batch.workspaceId}, g."id", NULL, ${batch.actorLabel}, 'CREATED'::"ActivityEventKind",
          g."changes"::jsonb, ${batch.at}
        FROM go g JOIN activities a ON a."id" = g."id"
      )
      SELECT (i."item" - 1)::int AS "item", i."id", (i."id" IN (SELECT "id" FROM go)) AS "inserted"
      FROM input i`;
    const ids: BatchInserted = rows.map(() => null);
    for (const row of result) if (row.inserted) ids[row.item] = row.id;
    return ids;
  }
}
