import type { Clock } from '../clock';
import { type Installation, installKeyOf } from './installation';
import type { Installations } from './installation-ports';

/** Slack's oauth.v2.access with a refresh token; the domain does not know Slack. */
export interface TokenRefresher {
  refresh(
    refreshToken: string,
  ): Promise<{ botToken: string; refreshToken: string; expiresInSeconds: number }>;
}

/** A refresh Slack refused (the refresh token is dead): only a reinstall helps. */
export class RefreshRefused extends Error {}

export type RefreshOutcome = 'refreshed' | 'not_due' | 'taken' | 'refused' | 'failed';

/**
 * Rotating bot tokens live 12 hours; each is replaced this long before it expires (and before
 * Bolt's own 2-hour window, so Bolt never refreshes without our lock).
 */
export const REFRESH_AHEAD_MS = 3 * 60 * 60 * 1000;
/** How long one replica holds the right to refresh an install before another may try. */
const CLAIM_MS = 60 * 1000;

/**
 * product §10.3: token rotation. Exactly one replica refreshes a token: it first claims the row
 * (a conditional UPDATE that one caller wins, and that fails once the token was refreshed).
 * A refresh Slack refuses marks the install as needing a reinstall.
 */
export class RefreshTokens {
  constructor(
    private readonly deps: {
      installations: Installations;
      refresher: TokenRefresher;
      clock: Clock;
      observe: (outcome: RefreshOutcome, key: string) => void;
    },
  ) {}

  /** Whether this install's token is within the refresh window. */
  isDue(install: Installation): boolean {
    if (!install.botRefreshToken || !install.botTokenExpiresAt || install.needsReinstall) return false;
    return install.botTokenExpiresAt.getTime() - this.deps.clock.now().getTime() <= REFRESH_AHEAD_MS;
  }

  async refresh(key: string): Promise<RefreshOutcome> {
    const now = this.deps.clock.now();
    const claimed = await this.deps.installations.claimRefresh({
      key,
      now,
      until: new Date(now.getTime() + CLAIM_MS),
      expiringBefore: new Date(now.getTime() + REFRESH_AHEAD_MS),
    });
    if (!claimed) return this.observed('taken', key);
    // Read after the claim: the refresh token is the one no other replica can be using.
    const install = await this.deps.installations.findFirst([key]);
    if (!install?.botRefreshToken) return this.observed('not_due', key);
    try {
      const fresh = await this.deps.refresher.refresh(install.botRefreshToken);
      await this.deps.installations.saveRefreshed({
        key,
        botToken: fresh.botToken,
        botRefreshToken: fresh.refreshToken,
        expiresAt: new Date(this.deps.clock.now().getTime() + fresh.expiresInSeconds * 1000),
      });
      return this.observed('refreshed', key);
    } catch (error) {
      if (error instanceof RefreshRefused) {
        await this.deps.installations.markNeedsReinstall(key);
        return this.observed('refused', key);
      }
      // Slack unreachable: the claim runs out and the next try (a request or the job) goes again.
      return this.observed('failed', key);
    }
  }

  /** Every install whose token is within the window (the job, every few minutes). */
  async execute(): Promise<Record<RefreshOutcome, number>> {
    const counts: Record<RefreshOutcome, number> = {
      refreshed: 0,
      not_due: 0,
      taken: 0,
      refused: 0,
      failed: 0,
    };
    const due = await this.deps.installations.expiringBefore(
      new Date(this.deps.clock.now().getTime() + REFRESH_AHEAD_MS),
    );
    for (const key of due) counts[await this.refresh(key)] += 1;
    return counts;
  }

  /** The install with a token fit to use: refreshed first when it is due (by us or another replica). */
  async fresh(install: Installation): Promise<Installation> {
    if (!this.isDue(install)) return install;
    const key = installKeyOf(install);
    await this.refresh(key);
    return (await this.deps.installations.findFirst([key])) ?? install;
  }

  private observed(outcome: RefreshOutcome, key: string): RefreshOutcome {
    this.deps.observe(outcome, key);
    return outcome;
  }
}
