import type { PrismaClient } from '../../../src/generated/prisma/client';
import { SettableClock } from '../../support/fixtures/activities';
import { shown } from '../../support/fixtures/contacts';
import { installThroughOAuth } from '../../support/oauth-install';
import type { SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const HOUR_MS = 60 * 60 * 1000;
const SECOND_MS = 1000;

/**
 * Installs, with their decrypted tokens, are kept in memory (a database read and a decryption
 * per message was most of a large digest run's time). The app's clock stands still within each
 * test, so what was kept would be used for ever: these show that a rotation, an uninstall and
 * tokens_revoked make the app forget it at once.
 */
describe('the tokens kept in memory are forgotten when they change (product §10.2, §10.3)', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  // Bolt dates a new install's expiry from the wall clock; the app's clock starts there.
  const clock = new SettableClock(new Date());
  const refused = () =>
    t.logs.filter((line) => line.msg === 'refused a request from a workspace without an install').length;

  /** A workspace with Touchbase installed and one person to look up. */
  async function installed(teamId: string, userId: string, rotating = false): Promise<SlackDouble> {
    const workspace = t.double.addWorkspace({
      teamId,
      teamName: `Workspace ${teamId}`,
      botUserId: `UB${teamId}`,
    });
    workspace.addUser({ id: userId, name: userId.toLowerCase() });
    await installThroughOAuth(t, workspace, { userId, rotating });
    const ws = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: teamId } });
    await prisma.person.create({ data: { workspaceId: ws.id, name: 'Karin Nordström' } });
    return workspace;
  }

  /** `/contact Karin` by a user Touchbase has not met yet, so it reads their profile with the token it holds. */
  async function lookUpKarin(workspace: SlackDouble, userId: string) {
    workspace.addUser({ id: userId, name: userId.toLowerCase() });
    const since = t.double.calls.length;
    const answer = await t.slackFor(workspace).slashCommand({ command: '/contact', text: 'Karin', userId });
    const profileReads = t.double.calls
      .slice(since)
      .filter((call) => call.method === 'users.info' && call.teamId === workspace.teamId);
    return { ack: answer.ack, text: shown(answer.ack) ?? '', profileReads };
  }

  /** Slack tells the app it was uninstalled, and every token of the workspace dies with it. */
  async function uninstall(workspace: SlackDouble, event: 'app_uninstalled' | 'tokens_revoked') {
    const payload =
      event === 'app_uninstalled'
        ? { type: 'app_uninstalled', event_ts: '1' }
        : { type: 'tokens_revoked', tokens: { oauth: [], bot: [workspace.botUserId] }, event_ts: '1' };
    expect((await t.slackFor(workspace).sendEvent(payload)).status).toBe(200);
    workspace.revokeTokens();
    await t.app.idle();
  }

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock });
    prisma = t.app.database.prisma;
  });
  afterAll(() => t.stop());

  it('a rotated token is used from the moment it is stored, not the one kept before', async () => {
    const north = await installed('TNORTH', 'UNINA', true);
    const expiresAt = (await prisma.installation.findUniqueOrThrow({ where: { installKey: 'T:TNORTH' } }))
      .botTokenExpiresAt as Date;
    // Just before the refresh window opens (3 hours before expiry): the token is read and kept.
    clock.set(new Date(expiresAt.getTime() - 3 * HOUR_MS - 20 * SECOND_MS));
    const before = north.botToken;
    expect((await lookUpKarin(north, 'UNILS')).profileReads.map((call) => call.token)).toEqual([before]);

    // Forty seconds later the window is open and the refresh job replaces the token.
    clock.advance(40 * SECOND_MS);
    expect(await t.app.refreshTokens()).toMatchObject({ refreshed: 1 });
    expect(north.botToken).not.toBe(before);

    const after = await lookUpKarin(north, 'UNORA');
    expect(after.text).toContain('Karin Nordström');
    expect(after.profileReads.map((call) => call.token)).toEqual([north.botToken]);
  });

  it('after app_uninstalled, the workspace’s requests are refused at once: its kept install is gone', async () => {
    const west = await installed('TWEST', 'UWILMA');
    expect((await lookUpKarin(west, 'UWALTER')).text).toContain('Karin Nordström');
    const refusedBefore = refused();

    await uninstall(west, 'app_uninstalled');
    const after = await lookUpKarin(west, 'UWANDA');

    expect(after.ack ?? {}).toEqual({});
    expect(after.profileReads).toEqual([]);
    expect(refused()).toBe(refusedBefore + 1);
  });

  it('after tokens_revoked for the bot, the workspace’s requests are refused at once: its kept install is gone', async () => {
    const east = await installed('TEAST', 'UEBBA');
    expect((await lookUpKarin(east, 'UELSA')).text).toContain('Karin Nordström');
    const refusedBefore = refused();

    await uninstall(east, 'tokens_revoked');
    const after = await lookUpKarin(east, 'UERIK');

    expect(after.ack ?? {}).toEqual({});
    expect(after.profileReads).toEqual([]);
    expect(refused()).toBe(refusedBefore + 1);
  });

  it('a reinstall after an uninstall is served with the new install’s token', async () => {
    const south = await installed('TSOUTH', 'USIXTEN');
    const first = south.botToken;
    expect((await lookUpKarin(south, 'USARA')).profileReads.map((call) => call.token)).toEqual([first]);
    await uninstall(south, 'app_uninstalled');

    await installThroughOAuth(t, south, { userId: 'USIXTEN' });
    const after = await lookUpKarin(south, 'USVEN');

    expect(south.botToken).not.toBe(first);
    expect(after.text).toContain('Karin Nordström');
    expect(after.profileReads.map((call) => call.token)).toEqual([south.botToken]);
  });
});
