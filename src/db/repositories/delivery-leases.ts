import type { DeliveryFailure, DeliverySent } from '../../domain/deliveries/delivery-run';

/**
 * How a claimed delivery row (digests, reminders) is marked: sent, failed, or given back;
 * each gives what the table's `updateMany` needs. Only the process still holding the claim
 * may mark it failed or give it back: one whose lease ran out has lost the row to another.
 */

/** The rows a send marks: claimed or failed, not conditional on the owner — the message is out, whoever holds the row now. */
export function sendableRows(): { in: ('CLAIMED' | 'FAILED')[] } {
  return { in: ['CLAIMED', 'FAILED'] };
}

/** What a sent row records: where the message is, and no lease or error any more. */
export function sentData(sent: DeliverySent) {
  return {
    status: 'SENT' as const,
    channelId: sent.channelId,
    messageTs: sent.messageTs,
    sentAt: sent.at,
    leaseUntil: null,
    error: null,
    updatedAt: sent.at,
  };
}

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
