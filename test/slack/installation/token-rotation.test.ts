import type { PrismaClient } from '../../../src/generated/prisma/client';
import { SettableClock } from '../../support/fixtures/activities';
import { shown } from '../../support/fixtures/contacts';
import { installThroughOAuth } from '../../support/oauth-install';
import type { SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postgresUrl } from '../../support/test-database';

const HOUR_MS = 60 * 60 * 1000;
const METRICS_TOKEN = 'metrics-token-for-the-rotation-test';

describe('token rotation: refreshed before expiry, once, under a claim', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let north: SlackDouble;
  // Bolt dates a new install's expiry from the wall clock; the app's clock starts there.
  const clock = new SettableClock(new Date());
  const refreshes = () =>
    t.double.callsTo('oauth.v2.access').filter((call) => call.args.grant_type === 'refresh_token');
  const install = () => prisma.installation.findUniqueOrThrow({ where: { installKey: 'T:TNORTH' } });

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock, env: { METRICS_TOKEN } });
    prisma = t.app.database.prisma;
    north = t.double.addWorkspace({ teamId: 'TNORTH', teamName: 'North Sales', botUserId: 'UBOTN' });
    north.addUser({ id: 'UNINA', name: 'nina' });
    north.addUser({ id: 'UNILS', name: 'nils' });
    await installThroughOAuth(t, north, { userId: 'UNINA', rotating: true });
    const ws = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'TNORTH' } });
    await prisma.person.create({ data: { workspaceId: ws.id, name: 'Karin Nordström' } });
  });
  afterAll(() => t.stop());

  it('stores the rotating token and its refresh token encrypted, with its expiry', async () => {
    const row = await install();
    expect(row.botTokenExpiresAt?.getTime()).toBeGreaterThan(clock.now().getTime() + 11 * HOUR_MS);
    expect(row.botRefreshToken).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toMatch(/xoxe/);
  });

  it('refreshes a token near its expiry once when two requests need it at the same moment, and serves both', async () => {
    clock.advance(10 * HOUR_MS);
    const before = north.botToken;

    const answers = await Promise.all(
      ['UNINA', 'UNILS'].map((userId) =>
        t.slackFor(north).slashCommand({ command: '/contact', text: 'Karin', userId }),
      ),
    );

    for (const answer of answers) expect(shown(answer.ack)).toContain('Karin Nordström');
    expect(refreshes()).toHaveLength(1);
    expect(north.botToken).not.toBe(before);
    const row = await install();
    expect(row.botTokenExpiresAt?.getTime()).toBeGreaterThan(clock.now().getTime() + 11 * HOUR_MS);
    expect(row.refreshClaimedUntil).toBeNull();
    expect(JSON.stringify(row)).not.toContain(north.botToken);
    // The next requests use the new token.
    const since = t.double.calls.length;
    north.addUser({ id: 'UNEW', name: 'new' });
    await t.slackFor(north).slashCommand({ command: '/contact', text: 'Karin', userId: 'UNEW' });
    expect(t.double.calls.slice(since).filter((c) => c.method === 'users.info')).toEqual([
      expect.objectContaining({ teamId: 'TNORTH', status: 200 }),
    ]);
  });

  it('the refresh job refreshes what is about to expire and leaves fresh tokens alone', async () => {
    expect(await t.app.refreshTokens()).toMatchObject({ refreshed: 0 });
    clock.advance(10 * HOUR_MS);
    expect(await t.app.refreshTokens()).toMatchObject({ refreshed: 1, refused: 0 });
    expect(refreshes()).toHaveLength(2);
  });

  it('a refresh Slack refuses marks the workspace as needing a reinstall, in /readyz and the metrics; a reinstall clears it', async () => {
    clock.advance(10 * HOUR_MS);
    t.double.fail('oauth.v2.access', { error: 'invalid_refresh_token' });

    expect(await t.app.refreshTokens()).toMatchObject({ refused: 1 });

    expect((await install()).needsReinstall).toBe(true);
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', installsNeedingReinstall: ['T:TNORTH'] });
    const metrics = async () =>
      (await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(await metrics()).toMatch(/^touchbase_installs_needing_reinstall 1$/m);
    expect(await metrics()).toMatch(/^touchbase_token_refreshes_total\{outcome="refused"\} 1$/m);

    await installThroughOAuth(t, north, { userId: 'UNINA', rotating: true });

    expect((await install()).needsReinstall).toBe(false);
    expect(await (await fetch(`${t.baseUrl}/readyz`)).json()).toMatchObject({ installsNeedingReinstall: [] });
    expect(await metrics()).toMatch(/^touchbase_installs_needing_reinstall 0$/m);
  });

  // Two processes cannot share the embedded database: replicas are a PostgreSQL matter.
  if (postgresUrl)
    it('two app instances refreshing together refresh the token once (PostgreSQL)', async () => {
      const replica = await t.startReplica();
      clock.advance(10 * HOUR_MS);
      const before = refreshes().length;

      const outcomes = await Promise.all([t.app.refreshTokens(), replica.refreshTokens()]);

      expect(refreshes()).toHaveLength(before + 1);
      expect(outcomes.map((o) => o?.refreshed).sort()).toEqual([0, 1]);
      expect((await install()).botTokenExpiresAt?.getTime()).toBeGreaterThan(
        clock.now().getTime() + 11 * HOUR_MS,
      );
    });
});
