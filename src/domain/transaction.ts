declare const transactionBrand: unique symbol;

/**
 * A database transaction in progress, opaque outside src/db: other layers only
 * pass it on to a repository method that takes one (the repositories turn it
 * back into their client); they never query through it themselves.
 */
export interface Transaction {
  readonly [transactionBrand]: true;
}

/**
 * Work that must commit or fail together with a write: it runs inside the
 * write's transaction, after the write, with what was written. If it throws,
 * nothing of the write stays (the API stores its idempotent answer this way).
 */
export type WithinTransaction<T> = (tx: Transaction, written: T) => Promise<void>;
