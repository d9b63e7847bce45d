import { TokenAuthenticator } from '../../../src/domain/api-tokens/token-authenticator';
import type { ActiveToken, ApiTokens } from '../../../src/domain/api-tokens/token-ports';
import { hashTokenSecret } from '../../../src/domain/api-tokens/token-secret';
import { systemClock } from '../../../src/domain/clock';
import type { Workspace } from '../../../src/domain/workspaces/workspace';

const SECRET = `tb_${'a'.repeat(43)}`;
const OTHER = `tb_${'b'.repeat(43)}`;

const workspace = { id: 1, slackTeamId: 'T1', name: 'Acme' } as Workspace;

/**
 * The tokens table as the repository reads it: each read answers what is stored when it
 * runs, and finishes only when the test lets it (so a test decides what is in flight).
 */
function heldTokens() {
  const active = new Map<string, ActiveToken>([
    [hashTokenSecret(SECRET), { id: 7, name: 'Mailer', scopes: ['activities:write'], workspace }],
    [hashTokenSecret(OTHER), { id: 8, name: 'Other', scopes: ['activities:read'], workspace }],
  ]);
  const reads: { hash: string; finish(): void }[] = [];
  const tokens = {
    findActiveByHash: (hash: string) => {
      // What the read sees is fixed when it runs, as a statement's snapshot is.
      const found = active.get(hash) ?? null;
      return new Promise<ActiveToken | null>((resolve) => reads.push({ hash, finish: () => resolve(found) }));
    },
  } as unknown as ApiTokens;
  const settle = async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  return { tokens, reads, revoke: (secret: string) => active.delete(hashTokenSecret(secret)), settle };
}

describe('TokenAuthenticator: concurrent requests with one secret share a read that starts after they came', () => {
  it('reads once for the first request, and once for all that arrived while that read was in flight', async () => {
    const h = heldTokens();
    const authenticator = new TokenAuthenticator(h.tokens, systemClock);
    const first = authenticator.authenticate(SECRET);
    expect(h.reads).toHaveLength(1);
    const waiting = [1, 2, 3, 4, 5].map(() => authenticator.authenticate(SECRET));
    // They did not join the read in flight: it began before they came.
    expect(h.reads).toHaveLength(1);
    h.reads[0]?.finish();
    expect((await first)?.token).toEqual({ id: 7, name: 'Mailer', scopes: ['activities:write'] });
    await h.settle();
    expect(h.reads).toHaveLength(2);
    h.reads[1]?.finish();
    for (const answer of await Promise.all(waiting)) expect(answer?.token.id).toBe(7);
    expect(h.reads).toHaveLength(2);
  });

  it('a token revoked while a read is in flight refuses the requests that arrived after the revocation', async () => {
    const h = heldTokens();
    const authenticator = new TokenAuthenticator(h.tokens, systemClock);
    const before = authenticator.authenticate(SECRET);
    // The read in flight saw the token active; then it is revoked, then the next request comes.
    h.revoke(SECRET);
    const after = authenticator.authenticate(SECRET);
    h.reads[0]?.finish();
    expect((await before)?.token.id).toBe(7);
    await h.settle();
    expect(h.reads).toHaveLength(2);
    h.reads[1]?.finish();
    await expect(after).resolves.toBeNull();
    // And every request after that, one at a time.
    const next = authenticator.authenticate(SECRET);
    await h.settle();
    h.reads[2]?.finish();
    await expect(next).resolves.toBeNull();
  });

  it('keeps secrets apart: another token is read on its own, at once', async () => {
    const h = heldTokens();
    const authenticator = new TokenAuthenticator(h.tokens, systemClock);
    const one = authenticator.authenticate(SECRET);
    const other = authenticator.authenticate(OTHER);
    expect(h.reads.map((read) => read.hash)).toEqual([hashTokenSecret(SECRET), hashTokenSecret(OTHER)]);
    for (const read of h.reads) read.finish();
    expect((await one)?.token.id).toBe(7);
    expect((await other)?.token.id).toBe(8);
  });

  it('a malformed secret is refused without a read', async () => {
    const h = heldTokens();
    const authenticator = new TokenAuthenticator(h.tokens, systemClock);
    await expect(authenticator.authenticate('not-a-token')).resolves.toBeNull();
    expect(h.reads).toHaveLength(0);
  });
});
