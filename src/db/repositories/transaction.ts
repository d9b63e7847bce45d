import type { Transaction } from '../../domain/transaction';
import type { Prisma } from '../../generated/prisma/client';

export type { Transaction, WithinTransaction } from '../../domain/transaction';

/** A Prisma transaction as the other layers carry it: opaque, to be handed back to a repository. */
export function asTransaction(tx: Prisma.TransactionClient): Transaction {
  return tx as unknown as Transaction;
}

/** The Prisma client behind a transaction another layer handed back (it only ever got one from asTransaction). */
export function prismaOf(tx: Transaction): Prisma.TransactionClient {
  return tx as unknown as Prisma.TransactionClient;
}
