import type { Transaction } from '../transaction';

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
  responseHeaders: unknown;
  createdAt: Date;
  expiresAt: Date;
}

/** An answer to keep for retries, and what it is about (so it goes with them). */
export interface AnswerToStore {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  activityId?: number;
  personId?: number;
}

/** The answer could not be stored because the claim is no longer pending (given up, taken over). */
export class ClaimLostError extends Error {
  constructor(readonly claimId: number) {
    super(`idempotency claim ${claimId} is no longer pending`);
  }
}

/** The stored `Idempotency-Key`s of API tokens: a unique (token, key) decides who acts. */
export interface IdempotencyKeys {
  /** Inserts a pending claim; null when the key is already taken (by anyone, in any state). */
  tryClaim(row: IdempotencyClaimRow): Promise<number | null>;
  find(tokenId: number, key: string): Promise<StoredIdempotencyKey | null>;
  /**
   * Stores the answer on a pending claim — inside `tx` when given, so the answer
   * and the change it describes commit together or not at all. Throws
   * ClaimLostError when the claim is not pending any more (then `tx` must not commit).
   */
  complete(id: number, answer: AnswerToStore, tx?: Transaction): Promise<void>;
  /** Frees a claim whose request changed nothing; an answer stored meanwhile is kept. */
  removePending(id: number): Promise<void>;
  /** Deletes an expired or abandoned claim unless someone replaced it meanwhile. */
  removeIfUnchanged(id: number, createdAt: Date): Promise<void>;
  purgeExpired(now: Date): Promise<number>;
}
