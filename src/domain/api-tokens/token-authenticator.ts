import { BackgroundWork } from '../background-work';
import type { Clock } from '../clock';
import { GroupWhileBusy } from '../group-while-busy';
import type { Workspace } from '../workspaces/workspace';
import { type ApiScope, isApiScope } from './api-scopes';
import type { ActiveToken, ApiTokens } from './token-ports';
import { hashTokenSecret, looksLikeTokenSecret } from './token-secret';

export interface AuthenticatedToken {
  workspace: Workspace;
  token: { id: number; name: string; scopes: ApiScope[] };
}

export const LAST_USED_EVERY_MS = 60_000;

/**
 * Bearer secret → token and workspace, from the database for every request, so a
 * revocation takes effect at once on every replica: there is no cache. Concurrent
 * requests with one secret share a read, but only one that starts after they arrived
 * (GroupWhileBusy: the first goes at once, those arriving while its read is in flight
 * go together in the next), so a request never gets an answer read before it came,
 * and a token revoked before a request arrived refuses that request. An integration
 * sending eight at a time thus costs about one read per two requests (issue 12). The last-used
 * time is written only for requests the gate lets through (a 403 or 429 is no
 * use of the token), at most once a minute per token, without holding up the answer.
 */
export class TokenAuthenticator {
  private readonly touched = new Map<number, number>();
  /** "Last used" writes still running (they are not awaited by the request). */
  private readonly touching = new BackgroundWork();
  /** Reads by secret hash: one per turn, shared by the requests that waited for it. */
  private readonly reads: GroupWhileBusy<string, null, ActiveToken | null>;

  constructor(
    private readonly tokens: ApiTokens,
    private readonly clock: Clock,
    private readonly onTouchError: (error: unknown) => void = () => undefined,
  ) {
    this.reads = new GroupWhileBusy({
      many: async (secretHash, waiting) => {
        const found = await tokens.findActiveByHash(secretHash);
        return waiting.map(() => found);
      },
      // One read answers any number of requests of one secret: a turn takes all that waited.
      maxGroup: Number.POSITIVE_INFINITY,
    });
  }

  async authenticate(secret: string): Promise<AuthenticatedToken | null> {
    if (!looksLikeTokenSecret(secret)) return null;
    const found = await this.reads.run(hashTokenSecret(secret), null);
    if (!found) return null;
    return {
      workspace: found.workspace,
      token: { id: found.id, name: found.name, scopes: found.scopes.filter(isApiScope) },
    };
  }

  /** Called once a request passed every check of the gate. */
  recordUse(tokenId: number): void {
    const now = this.clock.now();
    const last = this.touched.get(tokenId);
    if (last !== undefined && now.getTime() - last < LAST_USED_EVERY_MS) return;
    this.touched.set(tokenId, now.getTime());
    this.touching.add(
      this.tokens.touch(tokenId, now, new Date(now.getTime() - LAST_USED_EVERY_MS)).then(
        () => undefined,
        (error) => this.onTouchError(error),
      ),
    );
  }

  get pending(): number {
    return this.touching.size;
  }

  idle(): Promise<void> {
    return this.touching.idle();
  }
}
