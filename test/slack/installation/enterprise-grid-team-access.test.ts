import type { PrismaClient } from '../../../src/generated/prisma/client';
import { SettableClock } from '../../support/fixtures/activities';
import { addActivity, shown } from '../../support/fixtures/contacts';
import { installOrgWide } from '../../support/oauth-install';
import type { Organization, SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Monday 7 December 2026, 09:30 in Stockholm: digests of the day are due. */
const MONDAY_MORNING = new Date('2026-12-07T08:30:00Z');

/**
 * product §10.4: an org admin removes the org-wide app from one workspace of the organization
 * (Slack sends `team_access_revoked`) or adds it back (`team_access_granted`). Only that
 * workspace's register goes out of service, with the grace period of §10.2.
 */
describe('Enterprise Grid, the org-wide app removed from one workspace', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let acme: Organization<SlackDouble>;
  let stockholm: SlackDouble;
  let goteborg: SlackDouble;
  const clock = new SettableClock(MONDAY_MORNING);
  const register = (teamId: string) => prisma.workspace.findUnique({ where: { slackTeamId: teamId } });

  async function employeeWithWork(workspace: SlackDouble, userId: string, subject: string) {
    await t.slackFor(workspace).slashCommand({ command: '/activity', text: 'help', userId });
    const ws = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: workspace.teamId } });
    const employee = await prisma.employee.findFirstOrThrow({
      where: { workspaceId: ws.id, slackUserId: userId },
    });
    const person = await prisma.person.create({ data: { workspaceId: ws.id, name: `Kund ${subject}` } });
    await addActivity(prisma, {
      workspaceId: ws.id,
      personId: person.id,
      responsibleId: employee.id,
      subject,
      startAt: new Date('2026-12-03T09:00:00Z'),
    });
  }

  /** An org admin removes the app from (or adds it back to) workspaces; Slack tells the app. */
  async function changeAccess(type: 'team_access_revoked' | 'team_access_granted', teamIds: string[]) {
    if (type === 'team_access_revoked') acme.removeAppFrom(teamIds);
    else acme.addAppTo(teamIds);
    // Org-wide, the event names the organization and the workspaces, no workspace of its own.
    const answer = await t
      .slackFor(stockholm)
      .sendEvent({ type, team_ids: teamIds, event_ts: '1' }, { withoutTeam: true });
    expect(answer.status).toBe(200);
    await t.app.idle();
  }

  async function digestsTo(): Promise<unknown[][]> {
    const since = t.double.calls.length;
    await t.app.runDigestTick();
    return t.double.calls
      .slice(since)
      .filter((call) => call.method === 'chat.postMessage')
      .map((call) => [call.args.channel, call.teamId, call.status]);
  }

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock, env: { UNINSTALL_RETENTION_DAYS: '30' } });
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
    await installOrgWide(t, acme, { userId: 'WANNA' });
    await employeeWithWork(stockholm, 'WANNA', 'Offert till Stockholmsbolaget');
    await employeeWithWork(goteborg, 'WBERT', 'Ring Göteborgsbolaget');
  });
  afterAll(() => t.stop());

  it('takes only that workspace out of service: its digests stop, its data stays, the others go on', async () => {
    await changeAccess('team_access_revoked', ['TGBG']);

    expect((await register('TGBG'))?.uninstalledAt).toEqual(MONDAY_MORNING);
    expect((await register('TSTHLM'))?.uninstalledAt).toBeNull();
    expect(await prisma.installation.findUnique({ where: { installKey: 'E:E0ACME' } })).not.toBeNull();
    expect(await digestsTo()).toEqual([['WANNA', 'TSTHLM', 200]]);
    const gbg = await register('TGBG');
    expect(await prisma.activity.count({ where: { workspaceId: gbg?.id } })).toBe(1);
    expect(
      await prisma.auditLog.findFirst({ where: { workspaceId: gbg?.id, action: 'workspace.uninstalled' } }),
    ).toMatchObject({
      details: {
        reason: 'team_access_revoked',
        eraseAfter: new Date(MONDAY_MORNING.getTime() + 30 * DAY_MS).toISOString(),
      },
    });
    const found = await t
      .slackFor(stockholm)
      .slashCommand({ command: '/contact', text: 'Stockholmsbolaget', userId: 'WANNA' });
    expect(shown(found.ack)).toContain('Kund Offert till Stockholmsbolaget');
  });

  it('adding the app back within the grace period finds everything as it was', async () => {
    clock.advance(10 * DAY_MS);
    expect((await register('TGBG'))?.uninstalledAt).not.toBeNull();

    await changeAccess('team_access_granted', ['TGBG']);

    expect((await register('TGBG'))?.uninstalledAt).toBeNull();
    const found = await t
      .slackFor(goteborg)
      .slashCommand({ command: '/contact', text: 'Göteborgsbolaget', userId: 'WBERT' });
    expect(shown(found.ack)).toContain('Kund Ring Göteborgsbolaget');
    expect((await digestsTo()).sort()).toEqual([
      ['WANNA', 'TSTHLM', 200],
      ['WBERT', 'TGBG', 200],
    ]);
    expect(await t.app.eraseUninstalledWorkspaces()).toEqual({ erased: [] });
  });

  it('an org-wide install again (new scopes, say) does not bring back a workspace the app was removed from', async () => {
    clock.advance(DAY_MS);
    await changeAccess('team_access_revoked', ['TGBG']);
    const removedAt = clock.now();

    await installOrgWide(t, acme, { userId: 'WANNA' });

    expect((await register('TGBG'))?.uninstalledAt).toEqual(removedAt);
    expect((await register('TSTHLM'))?.uninstalledAt).toBeNull();
    expect(await digestsTo()).toEqual([['WANNA', 'TSTHLM', 200]]);
  });

  it('erases that workspace’s register once the grace period is over, and nothing of the others', async () => {
    const gbgId = (await register('TGBG'))?.id;

    clock.advance(29 * DAY_MS);
    expect(await t.app.eraseUninstalledWorkspaces()).toEqual({ erased: [] });
    clock.advance(2 * DAY_MS);
    const summary = await t.app.eraseUninstalledWorkspaces();

    expect(summary?.erased).toEqual([{ slackTeamId: 'TGBG', rows: expect.any(Number) }]);
    expect(await register('TGBG')).toBeNull();
    expect(await prisma.activity.count({ where: { workspaceId: gbgId } })).toBe(0);
    const sthlm = await register('TSTHLM');
    expect(sthlm?.uninstalledAt).toBeNull();
    expect(await prisma.activity.count({ where: { workspaceId: sthlm?.id } })).toBe(1);
    expect(await prisma.installation.findUnique({ where: { installKey: 'E:E0ACME' } })).not.toBeNull();
  });
});
