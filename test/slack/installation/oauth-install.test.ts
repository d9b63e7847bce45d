import type { PrismaClient } from '../../../src/generated/prisma/client';
import { shown } from '../../support/fixtures/contacts';
import { installThroughOAuth, oauthRedirect, openInstallPage } from '../../support/oauth-install';
import type { SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Every text value in every table, so a token can be looked for anywhere in the database. */
async function everyStoredText(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const dumps: string[] = [];
  for (const { table_name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT t::text AS row FROM "${table_name}" t`,
    );
    dumps.push(...rows.map((r) => r.row));
  }
  return dumps.join('\n');
}

describe('installing Touchbase into many workspaces through OAuth (distributed mode)', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let north: SlackDouble;
  let south: SlackDouble;

  beforeAll(async () => {
    t = await startTestApp({ distributed: true });
    prisma = t.app.database.prisma;
    north = t.double.addWorkspace({ teamId: 'TNORTH', teamName: 'North Sales', botUserId: 'UBOTN' });
    south = t.double.addWorkspace({ teamId: 'TSOUTH', teamName: 'South Desk', botUserId: 'UBOTS' });
    north.addUser({ id: 'UNINA', name: 'nina', locale: 'en-US' });
    south.addUser({ id: 'USIXTEN', name: 'sixten', locale: 'sv-SE' });
  });
  afterAll(() => t.stop());

  it('installs two workspaces: each gets its workspace row and its own token, stored only encrypted', async () => {
    await installThroughOAuth(t, north, { userId: 'UNINA' });
    await installThroughOAuth(t, south, { userId: 'USIXTEN' });

    const workspaces = await prisma.workspace.findMany({ orderBy: { slackTeamId: 'asc' } });
    expect(workspaces.map((w) => [w.slackTeamId, w.name])).toEqual([
      ['TNORTH', 'North Sales'],
      ['TSOUTH', 'South Desk'],
    ]);
    const installs = await prisma.installation.findMany({ orderBy: { installKey: 'asc' } });
    expect(installs.map((i) => [i.installKey, i.botUserId, i.installerUserId])).toEqual([
      ['T:TNORTH', 'UBOTN', 'UNINA'],
      ['T:TSOUTH', 'UBOTS', 'USIXTEN'],
    ]);
    const stored = await everyStoredText(prisma);
    for (const token of [north.botToken, south.botToken]) expect(stored).not.toContain(token);
    expect(stored).not.toMatch(/xox[bpe]/);
    // Nor does the log ever carry one.
    expect(JSON.stringify(t.logs)).not.toMatch(/xox[bpe]-/);
  });

  it('refuses a forged state: nothing is traded for tokens, nothing installed', async () => {
    const other = t.double.addWorkspace({ teamId: 'TFORGED', teamName: 'Forged' });
    const code = other.authorizeInstall({ userId: 'UEVE', scopes: ['commands'] });
    const tradedBefore = t.double.callsTo('oauth.v2.access').length;

    // The attacker's own state and cookie, agreeing with each other but never issued by Touchbase.
    const forged = await oauthRedirect(t, { code, state: 'made-up-state', cookie: 'made-up-state' });
    // A real state without the browser session that started it.
    const { state } = await openInstallPage(t);
    const foreignBrowser = await oauthRedirect(t, { code, state });

    for (const answer of [forged, foreignBrowser]) expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(t.double.callsTo('oauth.v2.access')).toHaveLength(tradedBefore);
    expect(await prisma.installation.count({ where: { teamId: 'TFORGED' } })).toBe(0);
  });

  it('refuses a replayed state: the second redirect with it installs nothing', async () => {
    const replayed = t.double.addWorkspace({ teamId: 'TREPLAY', teamName: 'Replay' });
    const first = await installThroughOAuth(t, replayed, { userId: 'UROB' });
    const tradedBefore = t.double.callsTo('oauth.v2.access').length;
    const secondCode = replayed.authorizeInstall({ userId: 'UMALLORY', scopes: ['commands'] });

    const again = await oauthRedirect(t, { code: secondCode, state: first.state, cookie: first.cookie });

    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(t.double.callsTo('oauth.v2.access')).toHaveLength(tradedBefore);
    const install = await prisma.installation.findUniqueOrThrow({ where: { installKey: 'T:TREPLAY' } });
    expect(install.installerUserId).toBe('UROB');
  });

  it('shows a user of each workspace only their own workspace’s contacts and activities', async () => {
    const northRow = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'TNORTH' } });
    const southRow = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'TSOUTH' } });
    await prisma.person.create({ data: { workspaceId: northRow.id, name: 'Karin Nordström' } });
    await prisma.person.create({ data: { workspaceId: southRow.id, name: 'Karin Söderberg' } });

    const northAnswer = await t
      .slackFor(north)
      .slashCommand({ command: '/contact', text: 'Karin', userId: 'UNINA' });
    const southAnswer = await t
      .slackFor(south)
      .slashCommand({ command: '/contact', text: 'Karin', userId: 'USIXTEN' });

    expect(shown(northAnswer.ack)).toContain('Karin Nordström');
    expect(shown(northAnswer.ack)).not.toContain('Söderberg');
    expect(shown(southAnswer.ack)).toContain('Karin Söderberg');
    expect(shown(southAnswer.ack)).not.toContain('Nordström');
    // Each user was looked up in Slack with their own workspace's token.
    const lookups = t.double.callsTo('users.info');
    expect(lookups.find((c) => c.args.user === 'UNINA')?.teamId).toBe('TNORTH');
    expect(lookups.find((c) => c.args.user === 'USIXTEN')?.teamId).toBe('TSOUTH');
    // And each is an employee of their own workspace only.
    const employees = await prisma.employee.findMany({ select: { slackUserId: true, workspaceId: true } });
    expect(employees).toEqual(
      expect.arrayContaining([
        { slackUserId: 'UNINA', workspaceId: northRow.id },
        { slackUserId: 'USIXTEN', workspaceId: southRow.id },
      ]),
    );
    expect(employees.filter((e) => e.slackUserId === 'UNINA')).toHaveLength(1);
  });

  it('answers an activity command in the user’s workspace with that workspace’s token', async () => {
    await t.slackFor(south).slashCommand({ command: '/activity', text: 'list', userId: 'USIXTEN' });
    await t.slackFor(north).slashCommand({ command: '/activity', userId: 'UNINA' });
    const opened = await t.double.waitForCall('views.open');
    expect(opened.teamId).toBe('TNORTH');
  });

  it('refuses a workspace that never installed Touchbase, and creates nothing for it', async () => {
    const stranger = t.double.addWorkspace({
      teamId: 'TSTRANGER',
      teamName: 'Stranger',
      botToken: 'xoxb-stranger',
    });
    stranger.addUser({ id: 'USTRANGE', name: 'strange' });
    const before = t.double.calls.length;
    const answer = await t
      .slackFor(stranger)
      .slashCommand({ command: '/contact', text: 'Karin', userId: 'USTRANGE' });
    // Bolt finds no install, acknowledges with nothing and calls no listener.
    expect(answer.status).toBe(200);
    expect(answer.ack ?? {}).toEqual({});
    expect(t.logs).toContainEqual(
      expect.objectContaining({ msg: 'refused a request from a workspace without an install' }),
    );
    expect(await prisma.workspace.count({ where: { slackTeamId: 'TSTRANGER' } })).toBe(0);
    expect(t.double.calls.slice(before).filter((c) => c.teamId === 'TSTRANGER')).toEqual([]);
  });
});
