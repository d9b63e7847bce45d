import type { Prisma } from '../../generated/prisma/client';

/**
 * A database transaction in progress. Other layers only pass it on to a
 * repository method that takes one; they never query through it themselves.
 */
export type Transaction = Prisma.TransactionClient;

/**
 * Work that must commit or fail together with a write: it runs inside the
 * write's transaction, after the write, with what was written. If it throws,
 * nothing of the write stays (the API stores its idempotent answer this way).
 */
export type WithinTransaction<T> = (tx: Transaction, written: T) => Promise<void>;
