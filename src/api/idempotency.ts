import type { IdempotencyKeys } from '../domain/api-tokens/idempotency-ports';
import type { Clock } from '../domain/clock';
import type { Transaction } from '../domain/transaction';
import type { ApiResult } from './api-result';
import type { ApiContext } from './auth';

export type IdempotencyClaim =
  | {
      kind: 'new';
      /**
       * Stores the answer for retries. Inside `tx` (the transaction of the change the
       * answer reports) both commit or neither does, so a failed store never leaves
       * a change behind that a later retry would make a second time.
       */
      complete(result: ApiResult, tx?: Transaction): Promise<void>;
      /** Frees the key when the request changed nothing (an answer stored already stays). */
      release(): Promise<void>;
    }
  | { kind: 'replay'; result: ApiResult }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

export interface IdempotencyStore {
  claim(api: ApiContext, key: string, requestHash: string): Promise<IdempotencyClaim>;
}

export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** A claim whose request never finished (the process died) is given up after this long. */
export const ABANDONED_AFTER_MS = 2 * 60 * 1000;
const PURGE_EVERY_MS = 10 * 60 * 1000;

/**
 * `Idempotency-Key` (per token): the row (tokenId, key) is inserted *before*
 * the request acts, so of two concurrent duplicates only one can act; the other
 * sees the claim (409, retry) and later the stored answer. Keys live 24 h.
 * Only successful answers are kept: a refused request changed nothing, so its
 * key may be used again once the request is corrected. A stored answer keeps its
 * headers (the strong ETag) and the ids of the activity and person it shows, so
 * it is deleted with them.
 */
export class DatabaseIdempotencyStore implements IdempotencyStore {
  private lastPurge = 0;

  constructor(
    private readonly keys: IdempotencyKeys,
    private readonly clock: Clock,
  ) {}

  async claim(api: ApiContext, key: string, requestHash: string): Promise<IdempotencyClaim> {
    const now = this.clock.now();
    await this.purgeNowAndThen(now);
    for (let attempt = 0; attempt < 2; attempt++) {
      const claimed = await this.keys.tryClaim({
        workspaceId: api.workspace.id,
        tokenId: api.token.id,
        key,
        requestHash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + KEY_LIFETIME_MS),
      });
      if (claimed !== null) return this.newClaim(claimed);
      const existing = await this.keys.find(api.token.id, key);
      if (!existing) continue; // released between our insert and our read: try again
      const abandoned =
        existing.responseStatus === 0 && now.getTime() - existing.createdAt.getTime() > ABANDONED_AFTER_MS;
      if (existing.expiresAt <= now || abandoned) {
        await this.keys.removeIfUnchanged(existing.id, existing.createdAt);
        continue;
      }
      if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
      if (existing.responseStatus === 0) return { kind: 'in-progress' };
      return {
        kind: 'replay',
        result: {
          status: existing.responseStatus,
          body: existing.responseBody ?? undefined,
          headers: storedHeaders(existing.responseHeaders),
        },
      };
    }
    return { kind: 'in-progress' };
  }

  private newClaim(id: number): IdempotencyClaim {
    return {
      kind: 'new',
      complete: (result, tx) =>
        this.keys.complete(
          id,
          {
            status: result.status,
            body: result.body ?? null,
            headers: result.headers ?? {},
            activityId: result.about?.activityId,
            personId: result.about?.personId,
          },
          tx,
        ),
      release: () => this.keys.removePending(id),
    };
  }

  /** Expired keys are deleted now and then by whichever request comes along; no job needed. */
  private async purgeNowAndThen(now: Date): Promise<void> {
    if (now.getTime() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now.getTime();
    await this.keys.purgeExpired(now);
  }
}

function storedHeaders(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
