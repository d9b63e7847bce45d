import { claimTerms, DeliveryRun, laneLimits } from '../deliveries/delivery-run';
import { forEachInLanes } from '../deliveries/workspace-lanes';
import type {
  DigestAudience,
  DigestClaim,
  DigestKindName,
  DigestRunPorts,
  DigestSender,
  OutgoingDigest,
} from './digest-ports';
import { type DueWindow, dueWindows } from './due-window';

export interface RunSummary {
  due: number;
  sent: number;
  skipped: number;
  failed: number;
  byKind: Record<DigestKindName, { due: number; sent: number; skipped: number; failed: number }>;
}

const emptyCounts = () => ({ due: 0, sent: 0, skipped: 0, failed: 0 });

/**
 * One digest run (a scheduler tick): for each audience, claim due recipients a batch
 * at a time, build their messages with a few set-based queries, send them paced,
 * and record each outcome right after its send. Exactly once per (recipient, local
 * date) comes from the claim; see the repository for the SQL.
 */
export class DeliverDigests extends DeliveryRun<DigestRunPorts> {
  async execute(): Promise<RunSummary> {
    const started = performance.now();
    const summary: RunSummary = {
      ...emptyCounts(),
      byKind: { PERSONAL: emptyCounts(), TEAM: emptyCounts() },
    };
    for (const audience of this.deps.audiences) {
      if (this.stopping) break;
      await this.deliverTo(audience, summary.byKind[audience.kind]);
    }
    for (const counts of Object.values(summary.byKind)) {
      summary.due += counts.due;
      summary.sent += counts.sent;
      summary.skipped += counts.skipped;
      summary.failed += counts.failed;
    }
    const seconds = (performance.now() - started) / 1000;
    this.deps.observer.run(seconds);
    const { byKind: _byKind, ...totals } = summary;
    this.deps.log.info({ ...totals, seconds, owner: this.deps.owner }, 'digest run finished');
    return summary;
  }

  private async deliverTo(audience: DigestAudience, counts: RunSummary['byKind']['PERSONAL']) {
    const windows = dueWindows(this.deps.clock.now(), await audience.zones());
    if (windows.length === 0) return;
    // The next batch is claimed and built while this one is sent, so the database
    // work hides behind Slack's rate instead of adding to it. Each round claims what
    // nobody holds; it ends when nothing due is left. The bound only guards against
    // a bug turning this into an endless loop.
    let next = this.prepareBatch(audience, windows, counts);
    for (let round = 0; round < 10_000; round++) {
      const batch = await next;
      if (batch === 'done') return;
      if (this.stopping) {
        await this.giveBack(batch.claims.map((claim) => claim.deliveryId));
        return;
      }
      next = this.prepareBatch(audience, windows, counts);
      try {
        // Each workspace sends in a lane of its own, at its own Slack pace (product §10.1).
        await forEachInLanes(
          batch.claims,
          { laneOf: (claim) => claim.workspaceId, limits: laneLimits(this.deps) },
          (claim) =>
            this.deliverOne(audience.kind, claim, {
              message: batch.messages.get(claim.deliveryId) ?? null,
              counts,
            }),
        );
      } catch (error) {
        // Claims prepared meanwhile go back at once rather than waiting out their lease.
        const pending = await next.catch(() => 'done' as const);
        if (pending !== 'done') {
          await this.giveBack(pending.claims.map((claim) => claim.deliveryId));
        }
        throw error;
      }
    }
  }

  /** Claims one batch and builds its messages; 'done' when nothing due is left to claim. */
  private async prepareBatch(
    audience: DigestAudience,
    windows: DueWindow[],
    counts: RunSummary['byKind']['PERSONAL'],
  ): Promise<{ claims: DigestClaim[]; messages: Map<number, OutgoingDigest | null> } | 'done'> {
    // Bounded like the rounds: only a bug could keep every selected row claimed by others.
    for (let attempt = 0; attempt < 1000; attempt++) {
      if (this.stopping) return 'done';
      const now = this.deps.clock.now();
      const batch = await audience.claim(windows, claimTerms(now, this.deps));
      if (batch.selected === 0) return 'done';
      counts.due += batch.claims.length;
      // Everything selected was claimed by another replica a moment earlier: look again.
      if (batch.claims.length === 0) continue;
      try {
        return { claims: batch.claims, messages: await audience.compose(batch.claims, now) };
      } catch (error) {
        // Nothing was sent: recorded as failed, tried again on a later tick today.
        this.deps.log.warn({ err: error, kind: audience.kind }, 'digests could not be built');
        for (const claim of batch.claims) await this.failed(audience.kind, claim, { error, counts });
      }
    }
    return 'done';
  }

  private async deliverOne(
    kind: DigestKindName,
    claim: DigestClaim,
    { message, counts }: { message: OutgoingDigest | null; counts: RunSummary['byKind']['PERSONAL'] },
  ): Promise<void> {
    if (this.stopping) {
      await this.giveBack([claim.deliveryId]);
      return;
    }
    if (!message) {
      await this.deps.deliveries.markSkipped(claim.deliveryId, this.deps.owner, this.deps.clock.now());
      this.deps.observer.skipped(kind);
      counts.skipped += 1;
      return;
    }
    const started = performance.now();
    let sent: Awaited<ReturnType<DigestSender['send']>>;
    try {
      sent = await this.deps.sender.send(message, kind);
    } catch (error) {
      await this.failed(kind, claim, { error, counts });
      return;
    }
    // Marked at once: if the process dies between Slack's answer and this write, the
    // lease runs out and the digest is sent again. That gap (one round trip to the
    // database) is the one duplicate no claim can rule out; keeping the write right
    // here keeps it as short as it can be.
    await this.deps.deliveries.markSent(claim.deliveryId, { ...sent, at: this.deps.clock.now() });
    this.deps.observer.sent(kind, (performance.now() - started) / 1000);
    counts.sent += 1;
  }

  private async failed(
    kind: DigestKindName,
    claim: DigestClaim,
    { error, counts }: { error: unknown; counts: RunSummary['byKind']['PERSONAL'] },
  ): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    this.deps.log.warn(
      { kind, deliveryId: claim.deliveryId, attempts: claim.attempts, error: reason },
      'digest not delivered; it is tried again on a later tick today',
    );
    const now = this.deps.clock.now();
    const retryAfter = new Date(now.getTime() + this.deps.tuning.failedRetryMs);
    await this.deps.deliveries.markFailed({
      deliveryId: claim.deliveryId,
      owner: this.deps.owner,
      error: reason.slice(0, 500),
      retryAfter,
    });
    this.deps.observer.failed(kind);
    counts.failed += 1;
  }
}
