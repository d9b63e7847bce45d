import { claimTerms, DeliveryRun, laneLimits } from '../deliveries/delivery-run';
import { forEachInLanes } from '../deliveries/workspace-lanes';
import { groupBy } from '../group-by';
import {
  type ComposedReminder,
  type HeldClaim,
  REMINDER_KINDS,
  type ReminderClaim,
  type ReminderKind,
  type ReminderRunPorts,
} from './reminder-ports';
import { reminderDeadline } from './reminder-rules';

export interface ReminderRunSummary {
  claimed: number;
  sent: number;
  /** Due outside their recipient's working time: waiting for it (product §5.6). */
  held: number;
  /** Held items that went out now, folded per recipient. */
  released: number;
  dropped: number;
  skipped: number;
  failed: number;
}

/**
 * One reminder run (a scheduler tick, product §5.4): claim what is due a batch at a
 * time, drop what is found too late, draw the rest for its recipient as the activity
 * is now, send them paced, and record each outcome right after its send. Exactly
 * once per (activity, responsible, start, moment) comes from the claim.
 */
export class DeliverReminders extends DeliveryRun<ReminderRunPorts> {
  async execute(): Promise<ReminderRunSummary> {
    const summary: ReminderRunSummary = {
      claimed: 0,
      sent: 0,
      held: 0,
      released: 0,
      dropped: 0,
      skipped: 0,
      failed: 0,
    };
    for (const kind of REMINDER_KINDS) await this.deliverKind(kind, summary);
    await this.releaseHeld(summary);
    if (summary.claimed > 0 || summary.released > 0)
      this.deps.log.info({ ...summary, owner: this.deps.owner }, 'reminder run finished');
    return summary;
  }

  private async deliverKind(kind: ReminderKind, summary: ReminderRunSummary): Promise<void> {
    // Bounded only against a bug that keeps claiming forever; a run ends when nothing is due.
    for (let round = 0; round < 10_000 && !this.stopping; round++) {
      const now = this.deps.clock.now();
      const claims = await this.deps.deliveries.claim(kind, claimTerms(now, this.deps));
      if (claims.length === 0) break;
      summary.claimed += claims.length;
      const timely: ReminderClaim[] = [];
      for (const claim of claims) {
        // "How did it go?" is worth asking late; a reminder before the start is not (§5.4).
        if (claim.kind === 'BEFORE' && now > reminderDeadline(claim)) await this.drop(claim, now, summary);
        else timely.push(claim);
      }
      if (timely.length === 0) continue;
      let messages: Map<number, ComposedReminder | null>;
      try {
        messages = await this.deps.composer.compose(timely, now);
      } catch (error) {
        this.deps.log.warn({ err: error }, 'reminders could not be drawn; a later tick tries again');
        for (const claim of timely) await this.failed(claim, error, summary);
        continue;
      }
      await forEachInLanes(
        timely,
        { laneOf: (claim) => claim.workspaceId, limits: laneLimits(this.deps) },
        (claim) => this.deliverOne(claim, messages.get(claim.deliveryId) ?? null, summary),
      );
    }
  }

  private async drop(claim: ReminderClaim, now: Date, summary: ReminderRunSummary): Promise<void> {
    await this.deps.deliveries.markDropped(claim.deliveryId, this.deps.owner, now);
    this.deps.observer.dropped();
    summary.dropped += 1;
    this.deps.log.warn(
      {
        activityId: claim.activityId,
        employeeId: claim.employeeId,
        startAt: claim.startAt.toISOString(),
        remindAt: claim.remindAt.toISOString(),
        leadMinutes: claim.leadMinutes,
      },
      'reminder dropped, not sent late: its activity started longer ago than its lead time (Touchbase was not running when it was due)',
    );
  }

  private async deliverOne(
    claim: ReminderClaim,
    composed: ComposedReminder | null,
    summary: ReminderRunSummary,
  ): Promise<void> {
    const now = this.deps.clock.now();
    if (this.stopping) {
      await this.giveBack([claim.deliveryId]);
      return;
    }
    if (composed?.holdUntil) {
      await this.deps.deliveries.markHeld(claim.deliveryId, {
        owner: this.deps.owner,
        until: composed.holdUntil,
        at: now,
      });
      this.deps.observer.held();
      summary.held += 1;
      return;
    }
    const message = composed?.message;
    if (!message) {
      await this.deps.deliveries.markSkipped(claim.deliveryId, this.deps.owner, now);
      this.deps.observer.skipped();
      summary.skipped += 1;
      return;
    }
    let sent: { channelId: string; messageTs: string };
    try {
      sent = await this.deps.sender.send(message);
    } catch (error) {
      await this.failed(claim, error, summary);
      return;
    }
    // Marked at once, as digests are: the gap between Slack's answer and this write is the
    // one duplicate a claim cannot rule out.
    const at = this.deps.clock.now();
    await this.deps.deliveries.markSent(claim.deliveryId, { ...sent, at });
    this.deps.observer.sent(Math.max(0, (at.getTime() - claim.remindAt.getTime()) / 1000));
    summary.sent += 1;
  }

  /**
   * What waited for its recipients' working time and is now due (product §5.6): one
   * message per recipient, holding all their items (or the one item's own message).
   */
  private async releaseHeld(summary: ReminderRunSummary): Promise<void> {
    for (let round = 0; round < 10_000 && !this.stopping; round++) {
      const now = this.deps.clock.now();
      const claims = await this.deps.deliveries.claimHeld(claimTerms(now, this.deps));
      if (claims.length === 0) return;
      const byRecipient = groupBy(claims, (claim) => claim.employeeId);
      await forEachInLanes(
        [...byRecipient.values()],
        { laneOf: (held) => held[0]?.workspaceId ?? 0, limits: laneLimits(this.deps) },
        (held) => this.releaseFor(held, summary),
      );
    }
  }

  private async releaseFor(held: HeldClaim[], summary: ReminderRunSummary): Promise<void> {
    const ids = held.map((claim) => claim.deliveryId);
    const retry = async (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      this.deps.log.warn(
        { employeeId: held[0]?.employeeId, error: reason },
        'held items not delivered; tried again',
      );
      await this.deps.deliveries.holdAgain(ids, {
        owner: this.deps.owner,
        until: new Date(this.deps.clock.now().getTime() + this.deps.tuning.failedRetryMs),
        error: reason.slice(0, 500),
        maxAttempts: this.deps.tuning.maxAttempts,
      });
      this.deps.observer.failed();
      summary.failed += 1;
    };
    try {
      const composed = await this.deps.composer.composeHeld(held, this.deps.clock.now());
      await this.deps.deliveries.markHeldSkipped(composed.gone, this.deps.owner, this.deps.clock.now());
      summary.skipped += composed.gone.length;
      await this.deps.deliveries.holdAgain(composed.later, {
        owner: this.deps.owner,
        until: this.deps.clock.now(),
        error: 'more than one message holds',
        maxAttempts: Number.MAX_SAFE_INTEGER,
      });
      if (!composed.message || composed.standing.length === 0) return;
      const sent = await this.deps.sender.send(composed.message);
      await this.deps.deliveries.markHeldSent(composed.standing, {
        ...sent,
        at: this.deps.clock.now(),
        folded: composed.standing.length > 1,
      });
      summary.released += composed.standing.length;
    } catch (error) {
      await retry(error);
    }
  }

  private async failed(claim: ReminderClaim, error: unknown, summary: ReminderRunSummary): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    this.deps.log.warn(
      { activityId: claim.activityId, attempts: claim.attempts, error: reason },
      'reminder not delivered; a later tick tries again',
    );
    const retryAfter = new Date(this.deps.clock.now().getTime() + this.deps.tuning.failedRetryMs);
    await this.deps.deliveries.markFailed({
      deliveryId: claim.deliveryId,
      owner: this.deps.owner,
      error: reason.slice(0, 500),
      retryAfter,
    });
    this.deps.observer.failed();
    summary.failed += 1;
  }
}
