import type { IdFactory } from './ids';
import type { InteractionContext } from './types';

/** Slack's trigger ids live 3 s and open one view. */
export const TRIGGER_TTL_MS = 3000;

interface Trigger {
  issuedAt: number;
  ttlMs: number;
  used: boolean;
  context: InteractionContext;
}

export type TriggerCheck =
  | { ok: true; context: InteractionContext; consume: () => void }
  | { ok: false; error: 'invalid_trigger_id' | 'expired_trigger_id' };

export class TriggerIds {
  private readonly triggers = new Map<string, Trigger>();

  constructor(
    private readonly ids: IdFactory,
    private readonly now: () => number,
  ) {}

  /** `ttlMs` longer than Slack's is for benchmarks that prepare their requests ahead of sending them. */
  issue(context: InteractionContext = {}, ttlMs = TRIGGER_TTL_MS): string {
    const id = this.ids.triggerId();
    this.triggers.set(id, { issuedAt: this.now(), ttlMs, used: false, context });
    return id;
  }

  /**
   * Checks without spending the trigger: the caller spends it only once the view was
   * accepted, so a view refused for its content does not also burn the trigger.
   */
  check(id: unknown): TriggerCheck {
    const trigger = typeof id === 'string' ? this.triggers.get(id) : undefined;
    if (!trigger || trigger.used) return { ok: false, error: 'invalid_trigger_id' };
    if (this.now() - trigger.issuedAt > trigger.ttlMs) return { ok: false, error: 'expired_trigger_id' };
    return {
      ok: true,
      context: trigger.context,
      consume: () => {
        trigger.used = true;
      },
    };
  }
}
