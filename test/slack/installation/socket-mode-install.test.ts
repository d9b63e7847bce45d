import type { PrismaClient } from '../../../src/generated/prisma/client';
import { shown } from '../../support/fixtures/contacts';
import { installThroughOAuth, openInstallPage } from '../../support/oauth-install';
import type { SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * Distributed mode over Socket Mode (README "Two ways to run"): Slack sends the events over the
 * socket, while a browser installs through /slack/install and /slack/oauth_redirect over HTTP,
 * on Touchbase's own port. Each event is answered with the token of its own workspace's install.
 */
describe('installs into many workspaces with Socket Mode', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let north: SlackDouble;
  let south: SlackDouble;

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, mode: 'socket' });
    prisma = t.app.database.prisma;
    north = t.double.addWorkspace({ teamId: 'TNORTH', teamName: 'North Sales', botUserId: 'UBOTN' });
    south = t.double.addWorkspace({ teamId: 'TSOUTH', teamName: 'South Desk', botUserId: 'UBOTS' });
    north.addUser({ id: 'UNINA', name: 'nina' });
    south.addUser({ id: 'USIXTEN', name: 'sixten', locale: 'sv-SE' });
  });
  afterAll(() => t.stop());

  it('starts in Socket Mode and serves the Add to Slack page, with the shared-register choice, over HTTP on its own port', async () => {
    expect(t.app.mode).toBe('socket');
    const page = await openInstallPage(t);
    expect(page.html).toContain('slack.com/oauth/v2/authorize');
    expect(page.html).toContain('/slack/install?register=shared');
    const shared = await openInstallPage(t, '/slack/install?register=shared');
    expect(shared.html).toContain('One register for the whole organization');
    // Nothing else listens for Slack over HTTP: the events come over the socket.
    expect((await fetch(`${t.baseUrl}/slack/events`, { method: 'POST' })).status).toBe(404);
  });

  it('installs a workspace through OAuth over HTTP, then answers its slash command over the socket with that workspace’s token', async () => {
    await installThroughOAuth(t, north, { userId: 'UNINA' });
    expect(await prisma.installation.count({ where: { installKey: 'T:TNORTH' } })).toBe(1);
    const since = t.double.calls.length;

    const answer = await t.slackFor(north).slashCommand({ command: '/activity', userId: 'UNINA' });

    expect(answer.status).toBe(200);
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    expect(opened).toMatchObject({ teamId: 'TNORTH', token: north.botToken, status: 200 });
    expect(north.botToken).not.toBe(t.double.botToken);
  });

  it('answers each installed workspace with its own token and data', async () => {
    await installThroughOAuth(t, south, { userId: 'USIXTEN' });
    const ws = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'TSOUTH' } });
    await prisma.person.create({ data: { workspaceId: ws.id, name: 'Sara Söderberg' } });
    const since = t.double.calls.length;

    const inSouth = await t
      .slackFor(south)
      .slashCommand({ command: '/contact', text: 'Sara', userId: 'USIXTEN' });
    const inNorth = await t
      .slackFor(north)
      .slashCommand({ command: '/contact', text: 'Sara', userId: 'UNINA' });

    expect(shown(inSouth.ack)).toContain('Sara Söderberg');
    expect(shown(inNorth.ack)).not.toContain('Sara Söderberg');
    const profileReads = t.double.calls.slice(since).filter((call) => call.method === 'users.info');
    expect(profileReads.map((call) => [call.teamId, call.token])).toEqual([['TSOUTH', south.botToken]]);
  });

  it('refuses an event from a workspace that never installed Touchbase', async () => {
    const stranger = t.double.addWorkspace({
      teamId: 'TSTRANGER',
      teamName: 'Stranger',
      botToken: 'xoxb-stranger',
    });
    stranger.addUser({ id: 'USTRANGE', name: 'strange' });
    const since = t.double.calls.length;

    const answer = await t
      .slackFor(stranger)
      .slashCommand({ command: '/contact', text: 'Sara', userId: 'USTRANGE' });

    expect(answer.ack ?? {}).toEqual({});
    expect(t.logs).toContainEqual(
      expect.objectContaining({ msg: 'refused a request from a workspace without an install' }),
    );
    expect(t.double.calls.slice(since).filter((call) => call.teamId === 'TSTRANGER')).toEqual([]);
    expect(await prisma.workspace.count({ where: { slackTeamId: 'TSTRANGER' } })).toBe(0);
  });
});
