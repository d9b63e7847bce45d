import { ApiTokenRepository } from '../../../src/db/repositories/api-token-repository';
import { ApiTokenAdmin } from '../../../src/domain/api-tokens/token-admin';
import { systemClock } from '../../../src/domain/clock';
import type { PrismaClient } from '../../../src/generated/prisma/client';
import { call } from '../../api/api-client';
import { SettableClock } from '../../support/fixtures/activities';
import { addActivity, viewerFor } from '../../support/fixtures/contacts';
import { installThroughOAuth } from '../../support/oauth-install';
import type { SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Monday 7 December 2026, 09:30 in Stockholm: digests of the day are due. */
const MONDAY_MORNING = new Date('2026-12-07T08:30:00Z');

describe('jobs and API tokens in distributed mode: each workspace with its own token', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let north: SlackDouble;
  let south: SlackDouble;
  const clock = new SettableClock(new Date('2026-12-04T12:00:00Z'));
  const workspaceId = async (teamId: string) =>
    (await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: teamId } })).id;

  /** An employee (met through a command, as Touchbase meets people) with one unfinished activity. */
  async function employeeWithWork(workspace: SlackDouble, userId: string, subject: string) {
    await t.slackFor(workspace).slashCommand({ command: '/activity', text: 'help', userId });
    const id = await workspaceId(workspace.teamId);
    const employee = await prisma.employee.findFirstOrThrow({
      where: { workspaceId: id, slackUserId: userId },
    });
    const person = await prisma.person.create({ data: { workspaceId: id, name: `Kund ${subject}` } });
    await addActivity(prisma, {
      workspaceId: id,
      personId: person.id,
      responsibleId: employee.id,
      subject,
      startAt: new Date('2026-12-03T09:00:00Z'),
    });
  }

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock });
    prisma = t.app.database.prisma;
    north = t.double.addWorkspace({ teamId: 'TNORTH', teamName: 'North Sales', botUserId: 'UBOTN' });
    south = t.double.addWorkspace({ teamId: 'TSOUTH', teamName: 'South Desk', botUserId: 'UBOTS' });
    north.addUser({ id: 'UNINA', name: 'nina', tz: 'Europe/Stockholm' });
    south.addUser({ id: 'USIXTEN', name: 'sixten', tz: 'Europe/Stockholm', locale: 'sv-SE' });
    await installThroughOAuth(t, north, { userId: 'UNINA' });
    await installThroughOAuth(t, south, { userId: 'USIXTEN' });
    await employeeWithWork(north, 'UNINA', 'Offert till Nordbolaget');
    await employeeWithWork(south, 'USIXTEN', 'Ring Söderbolaget');
  });
  afterAll(() => t.stop());

  it('sends the daily digests of both workspaces, each with its own workspace’s token', async () => {
    clock.set(MONDAY_MORNING);
    const since = t.double.calls.length;

    const summary = await t.app.runDigestTick();

    expect(summary).toMatchObject({ sent: 2, failed: 0 });
    const posts = t.double
      .succeededCalls('chat.postMessage')
      .filter((c) => t.double.calls.indexOf(c) >= since);
    const byUser = Object.fromEntries(posts.map((c) => [String(c.args.channel), c]));
    expect(byUser.UNINA?.teamId).toBe('TNORTH');
    expect(JSON.stringify(byUser.UNINA?.args)).toContain('Offert till Nordbolaget');
    expect(byUser.USIXTEN?.teamId).toBe('TSOUTH');
    expect(JSON.stringify(byUser.USIXTEN?.args)).toContain('Ring Söderbolaget');
    expect(JSON.stringify(byUser.USIXTEN?.args)).not.toContain('Nordbolaget');
    expect(north.messages(north.dmChannelFor('UNINA'))).toHaveLength(1);
    expect(south.messages(south.dmChannelFor('USIXTEN'))).toHaveLength(1);
  });

  it('refreshes the profiles of every installed workspace from its own directory', async () => {
    north.addUser({ id: 'UNINA', name: 'nina', tz: 'America/New_York' });
    const since = t.double.calls.length;

    const summary = await t.app.syncProfiles();

    expect(summary).toMatchObject({ refreshed: 2 });
    const lists = t.double.callsTo('users.list').filter((c) => t.double.calls.indexOf(c) >= since);
    expect(lists.map((c) => c.teamId).sort()).toEqual(['TNORTH', 'TSOUTH']);
    const nina = await prisma.employee.findFirstOrThrow({ where: { slackUserId: 'UNINA' } });
    expect(nina.timezone).toBe('America/New_York');
  });

  it('tells the responsible of an activity saved through a workspace’s API token with that workspace’s token', async () => {
    const southId = await workspaceId('TSOUTH');
    south.addUser({ id: 'USADMIN', name: 'sadmin', is_admin: true });
    const admin = await viewerFor(prisma, southId, 'USADMIN', { isAdmin: true });
    const { secret } = await new ApiTokenAdmin(
      new ApiTokenRepository(prisma, t.app.database.plain),
      systemClock,
    ).create(admin, {
      name: 'Södra CRM',
      scopes: ['activities:write', 'contacts:write'],
    });
    // The same address in both workspaces: only the token's own workspace may answer for it.
    south.addUser({ id: 'USOFIA', name: 'sofia', email: 'sofia@kund.example' });
    north.addUser({ id: 'UNORA', name: 'nora', email: 'sofia@kund.example' });
    await prisma.person.create({
      data: { workspaceId: await workspaceId('TNORTH'), name: 'Fel', externalId: 'K-1' },
    });
    await prisma.person.create({ data: { workspaceId: southId, name: 'Rätt', externalId: 'K-1' } });
    const since = t.double.calls.length;

    const answer = await call<{ responsible: { slackUserId: string }; person: { name: string } }>(
      t,
      'POST',
      '/activities',
      {
        token: secret,
        body: {
          type: 'MEETING',
          subject: 'Uppföljning via API',
          responsible: 'sofia@kund.example',
          personExternalId: 'K-1',
          startAt: '2026-12-08T10:00:00Z',
        },
      },
    );

    expect(answer.status).toBe(201);
    expect(answer.body.responsible.slackUserId).toBe('USOFIA');
    expect(answer.body.person.name).toBe('Rätt');
    await t.app.idle();
    const recent = t.double.calls.slice(since);
    expect(recent.filter((c) => c.method === 'users.lookupByEmail').map((c) => c.teamId)).toEqual(['TSOUTH']);
    const told = recent.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'USOFIA');
    expect(told.map((c) => [c.status, c.teamId])).toEqual([[200, 'TSOUTH']]);
  });
});
