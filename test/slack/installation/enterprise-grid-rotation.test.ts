import type { PrismaClient } from '../../../src/generated/prisma/client';
import { SettableClock } from '../../support/fixtures/activities';
import { installOrgWide } from '../../support/oauth-install';
import type { Organization, RecordedCall, SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postgresUrl } from '../../support/test-database';

const HOUR_MS = 60 * 60 * 1000;

/**
 * An org-wide install with token rotation (product §10.3, §10.4): one token serves every
 * workspace of the organization, so one refresh must serve them all. The double's clock is the
 * app's: a token Slack has let expire is refused, so a workspace still using the old one fails.
 */
describe('Enterprise Grid, rotation of an org-wide token', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let acme: Organization<SlackDouble>;
  let stockholm: SlackDouble;
  let goteborg: SlackDouble;
  // Bolt dates a new install's expiry from the wall clock; the app's clock starts there.
  const clock = new SettableClock(new Date());
  const refreshes = () =>
    t.double.callsTo('oauth.v2.access').filter((call) => call.args.grant_type === 'refresh_token');
  const install = () => prisma.installation.findUniqueOrThrow({ where: { installKey: 'E:E0ACME' } });

  /** Opens the activity form in a workspace: the views.open it made with the organization's token. */
  async function openForm(workspace: SlackDouble, userId: string): Promise<RecordedCall> {
    const since = t.double.calls.length;
    await t.slackFor(workspace).slashCommand({ command: '/activity', text: '', userId });
    return t.double.waitForCall('views.open', (call) => call.teamId === workspace.teamId, { since });
  }

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock, slack: { now: () => clock.now().getTime() } });
    prisma = t.app.database.prisma;
    acme = t.double.addOrganization({ enterpriseId: 'E0ACME', name: 'Acme Group' });
    stockholm = t.double.addWorkspace({
      teamId: 'TSTHLM',
      teamName: 'Acme Stockholm',
      enterpriseId: 'E0ACME',
    });
    goteborg = t.double.addWorkspace({ teamId: 'TGBG', teamName: 'Acme Göteborg', enterpriseId: 'E0ACME' });
    acme.addMember({ id: 'WANNA', name: 'anna', teams: ['TSTHLM'], orgAdmin: true });
    acme.addMember({ id: 'WBERT', name: 'bert', teams: ['TGBG'] });
    await installOrgWide(t, acme, { userId: 'WANNA', rotating: true });
    // Both workspaces are served (their registers exist) before the token ages.
    expect((await openForm(stockholm, 'WANNA')).status).toBe(200);
    expect((await openForm(goteborg, 'WBERT')).status).toBe(200);
  });
  afterAll(() => t.stop());

  it('refreshes the organization’s token once when both workspaces need it at the same moment', async () => {
    clock.advance(10 * HOUR_MS);
    const before = acme.botToken;

    const opened = await Promise.all([openForm(stockholm, 'WANNA'), openForm(goteborg, 'WBERT')]);

    expect(opened.map((call) => call.status)).toEqual([200, 200]);
    expect(refreshes()).toHaveLength(1);
    expect(acme.botToken).not.toBe(before);
    const row = await install();
    expect(row.botTokenExpiresAt?.getTime()).toBeGreaterThan(clock.now().getTime() + 11 * HOUR_MS);
    expect(row.refreshClaimedUntil).toBeNull();
  });

  it('serves both workspaces with the new token once the old one has expired, requests and jobs', async () => {
    // The old token expired 12 hours after the install; the new one lives on.
    clock.advance(3 * HOUR_MS);

    expect((await openForm(stockholm, 'WANNA')).status).toBe(200);
    expect((await openForm(goteborg, 'WBERT')).status).toBe(200);
    const since = t.double.calls.length;
    await t.app.syncProfiles();
    const lists = t.double.calls.slice(since).filter((call) => call.method === 'users.list');
    expect(
      lists.map((call) => [call.teamId, call.status, (call.response as { ok?: boolean }).ok]).sort(),
    ).toEqual([
      ['TGBG', 200, true],
      ['TSTHLM', 200, true],
    ]);
    expect(refreshes()).toHaveLength(1);
  });

  // Two processes cannot share the embedded database: replicas are a PostgreSQL matter.
  if (postgresUrl)
    it('two app instances refreshing together refresh the organization’s token once (PostgreSQL)', async () => {
      const replica = await t.startReplica();
      clock.advance(8 * HOUR_MS);
      const before = refreshes().length;

      const outcomes = await Promise.all([t.app.refreshTokens(), replica.refreshTokens()]);

      expect(refreshes()).toHaveLength(before + 1);
      expect(outcomes.map((o) => o?.refreshed).sort()).toEqual([0, 1]);
      // The old token has expired: both workspaces work with the one the refresh brought.
      clock.advance(3 * HOUR_MS);
      expect((await openForm(stockholm, 'WANNA')).status).toBe(200);
      expect((await openForm(goteborg, 'WBERT')).status).toBe(200);
    });
});
