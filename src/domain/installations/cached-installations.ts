import type { Clock } from '../clock';
import type { Installation } from './installation';
import type { Installations, RefreshedTokens } from './installation-ports';

/**
 * How long a replica trusts an install it read: another replica's uninstall or rotation reaches
 * this one's memory within this time (this replica's own take effect at once).
 */
export const INSTALL_CACHE_MS = 60_000;

/**
 * The installs as read, kept in memory with their tokens decrypted: every digest, reminder and
 * request of a workspace needs its token, and reading and decrypting it each time cost a
 * database round trip per message. Every write through here (an install, an uninstall or
 * tokens_revoked, a rotation and its claim, a refused refresh) forgets what was kept, so this
 * replica never hands out a token it has replaced or deleted.
 */
export class CachedInstallations implements Installations {
  private readonly kept = new Map<string, { install: Installation; until: number }>();
  /** Counts writes, so a read that overlapped one is not kept. */
  private generation = 0;

  constructor(
    private readonly stored: Installations,
    private readonly clock: Clock,
    private readonly ttlMs = INSTALL_CACHE_MS,
  ) {}

  async findFirst(keys: string[]): Promise<Installation | null> {
    const cacheKey = keys.join('\n');
    const now = this.clock.now().getTime();
    const known = this.kept.get(cacheKey);
    if (known && known.until > now) return known.install;
    const generation = this.generation;
    const install = await this.stored.findFirst(keys);
    // A write while this read was on its way may have changed what it found: keep nothing then.
    // Only what was found is kept: a workspace that installs is served at once.
    if (install && generation === this.generation)
      this.kept.set(cacheKey, { install, until: now + this.ttlMs });
    return install;
  }

  save(installation: Installation): Promise<void> {
    return this.forgetting(() => this.stored.save(installation));
  }

  delete(key: string): Promise<void> {
    return this.forgetting(() => this.stored.delete(key));
  }

  claimRefresh(input: { key: string; now: Date; until: Date; expiringBefore: Date }): Promise<boolean> {
    // Won or lost, the token is being (or was just) replaced: read it again afterwards.
    return this.forgetting(() => this.stored.claimRefresh(input));
  }

  saveRefreshed(tokens: RefreshedTokens): Promise<void> {
    return this.forgetting(() => this.stored.saveRefreshed(tokens));
  }

  markNeedsReinstall(key: string): Promise<void> {
    return this.forgetting(() => this.stored.markNeedsReinstall(key));
  }

  teamIds(): Promise<string[]> {
    return this.stored.teamIds();
  }

  enterpriseIds(): Promise<string[]> {
    return this.stored.enterpriseIds();
  }

  expiringBefore(before: Date): Promise<string[]> {
    return this.stored.expiringBefore(before);
  }

  needingReinstall(): Promise<string[]> {
    return this.stored.needingReinstall();
  }

  /** Forgets everything before and after the write: an install serves many keys (org-wide). */
  private async forgetting<T>(write: () => Promise<T>): Promise<T> {
    this.forget();
    try {
      return await write();
    } finally {
      this.forget();
    }
  }

  private forget(): void {
    this.generation += 1;
    this.kept.clear();
  }
}
