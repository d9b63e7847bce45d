import type { PrismaClient } from '../../../src/generated/prisma/client';
import { SettableClock } from '../../support/fixtures/activities';
import { addActivity, shown } from '../../support/fixtures/contacts';
import { installThroughOAuth } from '../../support/oauth-install';
import type { SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Monday 7 December 2026, 09:30 in Stockholm: digests of the day are due. */
const MONDAY_MORNING = new Date('2026-12-07T08:30:00Z');

describe('uninstalling from a workspace: jobs stop at once, data kept for a reinstall, then erased', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let north: SlackDouble;
  let south: SlackDouble;
  const clock = new SettableClock(MONDAY_MORNING);
  const workspaceRow = (teamId: string) => prisma.workspace.findUnique({ where: { slackTeamId: teamId } });

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

  /** Slack tells the app it was uninstalled, and every token of the workspace dies with it. */
  async function uninstall(workspace: SlackDouble, event: 'app_uninstalled' | 'tokens_revoked') {
    const payload =
      event === 'app_uninstalled'
        ? { type: 'app_uninstalled', event_ts: '1' }
        : { type: 'tokens_revoked', tokens: { oauth: [], bot: [workspace.botUserId] }, event_ts: '1' };
    const answer = await t.slackFor(workspace).sendEvent(payload);
    expect(answer.status).toBe(200);
    workspace.revokeTokens();
    await t.app.idle();
  }

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock, env: { UNINSTALL_RETENTION_DAYS: '30' } });
    prisma = t.app.database.prisma;
    north = t.double.addWorkspace({ teamId: 'TNORTH', teamName: 'North Sales', botUserId: 'UBOTN' });
    south = t.double.addWorkspace({ teamId: 'TSOUTH', teamName: 'South Desk', botUserId: 'UBOTS' });
    north.addUser({ id: 'UNINA', name: 'nina' });
    south.addUser({ id: 'USIXTEN', name: 'sixten' });
    await installThroughOAuth(t, north, { userId: 'UNINA' });
    await installThroughOAuth(t, south, { userId: 'USIXTEN' });
    await employeeWithWork(north, 'UNINA', 'Offert till Nordbolaget');
    await employeeWithWork(south, 'USIXTEN', 'Ring Söderbolaget');
  });
  afterAll(() => t.stop());

  it('app_uninstalled deletes the tokens and stops the digests of that workspace at once', async () => {
    await uninstall(north, 'app_uninstalled');

    expect(await prisma.installation.findUnique({ where: { installKey: 'T:TNORTH' } })).toBeNull();
    expect((await workspaceRow('TNORTH'))?.uninstalledAt).toEqual(MONDAY_MORNING);
    const since = t.double.calls.length;
    const summary = await t.app.runDigestTick();
    expect(summary).toMatchObject({ sent: 1, failed: 0 });
    const posts = t.double.calls.slice(since).filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => [c.args.channel, c.teamId])).toEqual([['USIXTEN', 'TSOUTH']]);
    // Its data is all still there, and the uninstall is in its audit log.
    const ws = await workspaceRow('TNORTH');
    expect(await prisma.activity.count({ where: { workspaceId: ws?.id } })).toBe(1);
    expect(
      await prisma.auditLog.findFirst({ where: { workspaceId: ws?.id, action: 'workspace.uninstalled' } }),
    ).toMatchObject({
      details: {
        reason: 'app_uninstalled',
        eraseAfter: new Date(MONDAY_MORNING.getTime() + 30 * DAY_MS).toISOString(),
      },
    });
  });

  it('a reinstall within the grace period finds everything as it was', async () => {
    clock.advance(10 * DAY_MS);
    await installThroughOAuth(t, north, { userId: 'UNINA' });

    expect((await workspaceRow('TNORTH'))?.uninstalledAt).toBeNull();
    const found = await t
      .slackFor(north)
      .slashCommand({ command: '/contact', text: 'Nordbolaget', userId: 'UNINA' });
    expect(shown(found.ack)).toContain('Kund Offert till Nordbolaget');
    expect(await t.app.eraseUninstalledWorkspaces()).toEqual({ erased: [] });
    expect(await workspaceRow('TNORTH')).not.toBeNull();
  });

  it('tokens_revoked for the bot uninstalls too; the data is erased entirely once the grace period is over', async () => {
    await uninstall(south, 'tokens_revoked');
    const southId = (await workspaceRow('TSOUTH'))?.id;
    const uninstalledAt = clock.now();

    clock.advance(29 * DAY_MS);
    expect(await t.app.eraseUninstalledWorkspaces()).toEqual({ erased: [] });
    clock.advance(2 * DAY_MS);
    const summary = await t.app.eraseUninstalledWorkspaces();

    expect(summary?.erased).toEqual([{ slackTeamId: 'TSOUTH', rows: expect.any(Number) }]);
    expect(await workspaceRow('TSOUTH')).toBeNull();
    for (const count of [
      prisma.employee.count({ where: { workspaceId: southId } }),
      prisma.person.count({ where: { workspaceId: southId } }),
      prisma.activity.count({ where: { workspaceId: southId } }),
      prisma.auditLog.count({ where: { workspaceId: southId } }),
      prisma.activityPlan.count({ where: { workspaceId: southId } }),
    ])
      expect(await count).toBe(0);
    const erasure = await prisma.workspaceErasure.findFirstOrThrow({ where: { slackTeamId: 'TSOUTH' } });
    expect(erasure).toMatchObject({ uninstalledAt, erasedAt: clock.now() });
    // The starting plan (product §3.7) is the workspace's too.
    expect(erasure.details).toMatchObject({ Activity: 1, Person: 1, Employee: 1, ActivityPlan: 1 });
    // The reinstalled north workspace was not touched.
    expect(await prisma.activity.count({ where: { workspaceId: (await workspaceRow('TNORTH'))?.id } })).toBe(
      1,
    );
  });
});
