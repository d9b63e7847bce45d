import { ApiTokenRepository } from '../../src/db/repositories/api-token-repository';
import { TokenAuthenticator } from '../../src/domain/api-tokens/token-authenticator';
import { SettableClock } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

/**
 * Concurrent requests with one token share its read (issue 12), but a revocation must
 * still refuse the very next request (product §7.1): no request may be answered from a
 * read that began before it arrived.
 */
describe('REST API: a revoked token refuses the next request, also while a read of it is in flight', () => {
  const clock = new SettableClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  const revoke = (name: string) =>
    t.app.database.prisma.apiToken.updateMany({ where: { name }, data: { revokedAt: clock.now() } });
  const list = (token: string) => call(t, 'GET', '/activities?limit=1', { token });

  beforeAll(async () => {
    t = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '0' }, clock });
  });
  afterAll(() => t?.stop());

  it('the request right after the revocation is refused', async () => {
    const token = await createToken(t, ['activities:read'], 'Revoked between');
    expect((await list(token)).status).toBe(200);
    await revoke('Revoked between');
    expect((await list(token)).status).toBe(401);
  });

  it('a request arriving while an earlier read (which found the token active) is in flight gets a read of its own', async () => {
    const token = await createToken(t, ['activities:read'], 'Revoked in flight');
    const read = ApiTokenRepository.prototype.findActiveByHash;
    const arrived = jest.spyOn(TokenAuthenticator.prototype, 'authenticate');
    const reads = jest.spyOn(ApiTokenRepository.prototype, 'findActiveByHash');
    let finishFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => {
      finishFirst = resolve;
    });
    let firstRan!: () => void;
    const firstReached = new Promise<void>((resolve) => {
      firstRan = resolve;
    });
    // The first request's read has run (the token was active then) and is held before it answers.
    reads.mockImplementationOnce(async function (this: ApiTokenRepository, hash: string) {
      const found = await read.call(this, hash);
      firstRan();
      await firstHeld;
      return found;
    });
    try {
      const before = list(token);
      await firstReached;
      await revoke('Revoked in flight');
      const after = list(token);
      while (arrived.mock.calls.length < 2) await new Promise((resolve) => setImmediate(resolve));
      finishFirst();
      // Sent before the revocation: let through, as it was before reads were shared.
      expect((await before).status).toBe(200);
      // Arrived after it, while that read was in flight: not answered from it.
      const refused = await after;
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toContain('Bearer');
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      arrived.mockRestore();
      reads.mockRestore();
    }
    expect((await list(token)).status).toBe(401);
  });
});
