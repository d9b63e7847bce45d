import type { DeliveryFailure } from '../../domain/deliveries/delivery-run';

/**
 * How a claimed delivery row (digests, reminders) is let go of other than by being sent;
 * each gives the arguments of the table's `updateMany`. Only the process still holding the
 * claim may do either: one whose lease ran out has lost the row to another.
 */

/** Failed for now: leased until `retryAfter`, so a later tick tries again while attempts remain. */
export function failedClaim({ deliveryId, owner, error, retryAfter }: DeliveryFailure) {
  return {
    where: { id: deliveryId, status: 'CLAIMED' as const, claimedBy: owner },
    data: { status: 'FAILED' as const, leaseUntil: retryAfter, error },
  };
}

/** Given back unsent (shutting down): free at once, and one attempt fewer, as giving back is no failure. */
export function releasedClaims(deliveryIds: number[], owner: string, at: Date) {
  return {
    where: { id: { in: deliveryIds }, status: 'CLAIMED' as const, claimedBy: owner },
    data: { leaseUntil: at, attempts: { decrement: 1 }, updatedAt: at },
  };
}
