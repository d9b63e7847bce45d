import { ApiTokenRepository } from '../../../src/db/repositories/api-token-repository';
import { ApiTokenAdmin } from '../../../src/domain/api-tokens/token-admin';
import { systemClock } from '../../../src/domain/clock';
import type { PrismaClient } from '../../../src/generated/prisma/client';
import { en } from '../../../src/i18n/en';
import { sv } from '../../../src/i18n/sv';
import { call } from '../../api/api-client';
import { SettableClock } from '../../support/fixtures/activities';
import { viewerFor } from '../../support/fixtures/contacts';
import { keepTestDatabase } from '../../support/kept-database';
import { installOrgWide, openInstallPage } from '../../support/oauth-install';
import type { Organization, SlackDouble, SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Monday 7 December 2026, 09:30 in Stockholm: the day's digests are due. */
const MONDAY_MORNING = new Date('2026-12-07T08:30:00Z');

// One database for both apps of the file, emptied before the second.
const database = keepTestDatabase();

function inputBlock(view: SlackView, field: string) {
  return view.blocks.find((b) => b.type === 'input' && String(b.block_id).startsWith(`${field}.`)) as
    | { block_id: string }
    | undefined;
}

/** An Enterprise Grid organization with two workspaces and members in one or both of them. */
async function acmeGroup(t: TestApp) {
  const acme = t.double.addOrganization({ enterpriseId: 'E0ACME', name: 'Acme Group' });
  const stockholm = t.double.addWorkspace({
    teamId: 'TSTHLM',
    teamName: 'Acme Stockholm',
    enterpriseId: 'E0ACME',
  });
  const goteborg = t.double.addWorkspace({
    teamId: 'TGBG',
    teamName: 'Acme Göteborg',
    enterpriseId: 'E0ACME',
  });
  acme.addMember({ id: 'WANNA', name: 'anna', teams: ['TSTHLM'], orgAdmin: true });
  acme.addMember({ id: 'WBERT', name: 'bert', teams: ['TGBG'], locale: 'sv-SE' });
  acme.addMember({ id: 'WCLARA', name: 'clara', teams: ['TGBG', 'TSTHLM'] });
  return { acme, stockholm, goteborg };
}

describe('Enterprise Grid, org-wide install with a register per workspace', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let acme: Organization<SlackDouble>;
  let stockholm: SlackDouble;
  let goteborg: SlackDouble;
  const clock = new SettableClock(new Date('2026-12-04T12:00:00Z'));
  const register = (slackTeamId: string) => prisma.workspace.findUnique({ where: { slackTeamId } });

  async function searchContacts(workspace: SlackDouble, userId: string, text: string): Promise<string> {
    const result = await t.slackFor(workspace).slashCommand({ command: '/contact', text, userId });
    expect(result.status).toBe(200);
    return JSON.stringify(result.ack);
  }

  async function openForm(workspace: SlackDouble, userId: string): Promise<SlackView> {
    const since = t.double.calls.length;
    await t.slackFor(workspace).slashCommand({ command: '/activity', text: '', userId });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = workspace.latestView(userId);
    if (!view) throw new Error('no modal opened');
    return view;
  }

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock, database });
    prisma = t.app.database.prisma;
    ({ acme, stockholm, goteborg } = await acmeGroup(t));
    await installOrgWide(t, acme, { userId: 'WANNA' });
  });
  afterAll(() => t.stop());

  it('answers both workspaces with the organization’s token, each in a register of its own', async () => {
    await t.slackFor(stockholm).slashCommand({ command: '/activity', text: 'help', userId: 'WANNA' });
    await t.slackFor(goteborg).slashCommand({ command: '/activity', text: 'help', userId: 'WBERT' });
    const sthlm = await register('TSTHLM');
    const gbg = await register('TGBG');
    expect(sthlm?.enterpriseId).toBe('E0ACME');
    expect(gbg?.enterpriseId).toBe('E0ACME');
    expect(await register('E0ACME')).toBeNull();

    await prisma.person.create({ data: { workspaceId: sthlm!.id, name: 'Sara Stockholmskund' } });
    await prisma.person.create({ data: { workspaceId: gbg!.id, name: 'Sara Göteborgskund' } });
    const inStockholm = await searchContacts(stockholm, 'WANNA', 'Sara');
    expect(inStockholm).toContain('Sara Stockholmskund');
    expect(inStockholm).not.toContain('Göteborgskund');
    const inGoteborg = await searchContacts(goteborg, 'WBERT', 'Sara');
    expect(inGoteborg).toContain('Sara Göteborgskund');
    expect(inGoteborg).not.toContain('Stockholmskund');
    const profileReads = t.double.callsTo('users.info').filter((c) => c.args.user === 'WBERT');
    expect(profileReads.map((c) => c.teamId)).toEqual(['TGBG']);
    // One install, the organization's, serves both.
    const installs = await prisma.installation.findMany();
    expect(installs.map((row) => [row.installKey, row.teamId, row.enterpriseId, row.sharedRegister])).toEqual(
      [['E:E0ACME', null, 'E0ACME', false]],
    );
  });

  it('knows someone in both workspaces as one employee in each, a member of both', async () => {
    await t.slackFor(stockholm).slashCommand({ command: '/activity', text: 'help', userId: 'WCLARA' });
    const answer = await t
      .slackFor(goteborg)
      .slashCommand({ command: '/activity', text: 'help', userId: 'WCLARA' });
    expect(JSON.stringify(answer.ack)).not.toContain('another organization');
    const rows = await prisma.employee.findMany({
      where: { slackUserId: 'WCLARA' },
      include: { workspace: true },
      orderBy: { workspaceId: 'asc' },
    });
    expect(rows.map((row) => [row.workspace.slackTeamId, row.isForeign]).sort()).toEqual([
      ['TGBG', false],
      ['TSTHLM', false],
    ]);
  });

  it('refuses as responsible someone of another workspace of the organization, and saves nothing', async () => {
    const sthlm = await register('TSTHLM');
    const person = await prisma.person.create({ data: { workspaceId: sthlm!.id, name: 'Olle Offert' } });
    const view = await openForm(stockholm, 'WANNA');
    const before = await prisma.activity.count();
    const fill = {
      Person: { text: { type: 'plain_text', text: person.name }, value: String(person.id) },
      Type: 'Meeting',
      Subject: 'Offertgenomgång',
    };

    const refused = await t.slackFor(stockholm).viewSubmission({
      userId: 'WANNA',
      viewId: view.id,
      fill: { ...fill, Responsible: 'WBERT' },
    });

    expect(refused.ack?.errors).toEqual({
      [inputBlock(view, 'responsible')!.block_id]:
        'That user belongs to another workspace. Choose a colleague from this one.',
    });
    expect(await prisma.activity.count()).toBe(before);

    const accepted = await t.slackFor(stockholm).viewSubmission({
      userId: 'WANNA',
      viewId: view.id,
      fill: { ...fill, Responsible: 'WCLARA' },
    });
    expect(accepted.ack).toBeUndefined();
    const saved = await prisma.activity.findFirstOrThrow({
      orderBy: { id: 'desc' },
      include: { responsible: true },
    });
    expect([saved.workspaceId, saved.responsible.slackUserId, saved.responsible.workspaceId]).toEqual([
      sthlm!.id,
      'WCLARA',
      sthlm!.id,
    ]);
  });

  it('does not list or report on someone of another workspace of the organization', async () => {
    const list = await t
      .slackFor(stockholm)
      .slashCommand({ command: '/activity', text: 'list <@WBERT|bert>', userId: 'WANNA' });
    expect(list.ack?.text).toBe(en.activities.command.unknownUser);

    const stats = await t
      .slackFor(goteborg)
      .slashCommand({ command: '/activity', text: 'stats <@WANNA|anna>', userId: 'WBERT' });
    expect(stats.status).toBe(200);
    const answer = await t.double.waitForCall('response_url', (c) =>
      JSON.stringify(c.args).includes(sv.stats.errors.unknownUser),
    );
    expect(answer.status).toBe(200);
  });

  it('keeps someone of another workspace of the organization off a team', async () => {
    acme.addMember({ id: 'WADA', name: 'ada', teams: ['TSTHLM'], is_admin: true });
    const agent = t.slackFor(stockholm);
    let since = t.double.calls.length;
    await agent.slashCommand({ command: '/activity', text: 'admin', userId: 'WADA' });
    await t.double.waitForCall('views.open', undefined, { since });
    const admin = stockholm.latestView('WADA')!;
    expect(admin.callback_id).toBe('admin_home');
    since = t.double.calls.length;
    await agent.blockActions({
      userId: 'WADA',
      actionId: 'admin_team_add_open',
      container: { type: 'view', viewId: admin.id },
    });
    await t.double.waitForCall('views.push', undefined, { since });
    const form = stockholm.latestView('WADA')!;

    const refused = await agent.viewSubmission({
      userId: 'WADA',
      viewId: form.id,
      fill: { Name: 'Säljare', Members: ['WBERT'] },
    });

    expect(JSON.stringify(refused.ack?.errors)).toContain(
      'bert belongs to another workspace and cannot be on a team.',
    );
    expect(await prisma.team.count()).toBe(0);
    const saved = await agent.viewSubmission({
      userId: 'WADA',
      viewId: form.id,
      fill: { Name: 'Säljare', Members: ['WCLARA'] },
    });
    expect(saved.ack).toBeUndefined();
    const team = await prisma.team.findFirstOrThrow({
      include: { members: { include: { employee: true } } },
    });
    const sthlm = await register('TSTHLM');
    expect(team.workspaceId).toBe(sthlm!.id);
    expect(team.members.map((member) => [member.employee.slackUserId, member.employee.workspaceId])).toEqual([
      ['WCLARA', sthlm!.id],
    ]);
  });

  it('takes a responsible by e-mail through a workspace’s API token only from that workspace', async () => {
    const gbg = await register('TGBG');
    const admin = await viewerFor(prisma, gbg!.id, 'WBERT', { isAdmin: true });
    const { secret } = await new ApiTokenAdmin(
      new ApiTokenRepository(prisma, t.app.database.plain),
      systemClock,
    ).create(admin, {
      name: 'Göteborgs CRM',
      scopes: ['activities:write', 'contacts:write'],
    });
    await prisma.person.create({ data: { workspaceId: gbg!.id, name: 'Göran Kund', externalId: 'G-1' } });
    const create = (responsible: string) =>
      call<{ responsible: { slackUserId: string } }>(t, 'POST', '/activities', {
        token: secret,
        body: {
          type: 'MEETING',
          subject: 'Via Göteborgs CRM',
          responsible,
          personExternalId: 'G-1',
          startAt: '2026-12-09T10:00:00Z',
        },
      });

    const colleague = await create('clara@example.com');
    const elsewhere = await create('anna@example.com');

    expect(colleague.status).toBe(201);
    expect(colleague.body.responsible.slackUserId).toBe('WCLARA');
    expect(elsewhere.status).toBe(422);
    expect(await prisma.activity.count({ where: { workspaceId: gbg!.id } })).toBe(1);
  });

  it('serves a workspace added to the organization after the install, and sends its digests', async () => {
    const malmo = t.double.addWorkspace({ teamId: 'TMALMO', teamName: 'Acme Malmö', enterpriseId: 'E0ACME' });
    acme.addMember({ id: 'WDAVID', name: 'david', teams: ['TMALMO'] });

    const answer = await t
      .slackFor(malmo)
      .slashCommand({ command: '/activity', text: 'help', userId: 'WDAVID' });

    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.ack)).toContain('/activity');
    const created = await register('TMALMO');
    expect(created?.enterpriseId).toBe('E0ACME');
    const david = await prisma.employee.findFirstOrThrow({ where: { slackUserId: 'WDAVID' } });
    const person = await prisma.person.create({ data: { workspaceId: created!.id, name: 'Malmökund' } });
    const type = await prisma.activityType.findFirstOrThrow({
      where: { workspaceId: created!.id, key: 'MEETING' },
    });
    await prisma.activity.create({
      data: {
        workspaceId: created!.id,
        personId: person.id,
        typeId: type.id,
        subject: 'Ring Malmökunden',
        startAt: new Date('2026-12-03T09:00:00Z'),
        dueAt: new Date('2026-12-03T09:00:00Z'),
        responsibleId: david.id,
        creatorId: david.id,
      },
    });
    clock.set(MONDAY_MORNING);
    const since = t.double.calls.length;

    await t.app.runDigestTick();

    const toDavid = t.double
      .succeededCalls('chat.postMessage')
      .filter(
        (c) => t.double.calls.indexOf(c) >= since && JSON.stringify(c.args).includes('Ring Malmökunden'),
      );
    expect(toDavid.map((c) => c.teamId)).toEqual(['TMALMO']);
    expect(malmo.messages(malmo.dmChannelFor('WDAVID'))).toHaveLength(1);
  });

  it('refreshes each register’s profiles from its own workspace’s directory', async () => {
    acme.addMember({ id: 'WCLARA', name: 'clara', teams: ['TGBG', 'TSTHLM'], tz: 'America/New_York' });
    const since = t.double.calls.length;

    await t.app.syncProfiles();

    const lists = t.double.calls.slice(since).filter((c) => c.method === 'users.list');
    expect(lists.map((c) => [c.args.team_id, c.teamId]).sort()).toEqual([
      ['TGBG', 'TGBG'],
      ['TMALMO', 'TMALMO'],
      ['TSTHLM', 'TSTHLM'],
    ]);
    const clara = await prisma.employee.findMany({ where: { slackUserId: 'WCLARA' } });
    expect(clara.map((row) => row.timezone)).toEqual(['America/New_York', 'America/New_York']);
  });

  it('does not guess a workspace for an event that names only the organization', async () => {
    await t.app.idle();
    const workspacesBefore = await prisma.workspace.count();
    const logged = t.logs.length;
    const since = t.double.calls.length;

    const result = await t.slackFor(stockholm).appHomeOpened({ userId: 'WANNA', withoutTeam: true });

    expect(result.status).toBe(200);
    await t.app.idle();
    expect(t.double.calls.slice(since).filter((c) => c.method === 'views.publish')).toEqual([]);
    expect(await prisma.workspace.count()).toBe(workspacesBefore);
    expect(
      t.logs.slice(logged).some((line) => String(line.msg).includes('a workspace this token does not serve')),
    ).toBe(true);
  });

  it('takes every register of the organization out of service when it uninstalls org-wide', async () => {
    // Org-wide, Slack names the organization; no workspace is needed to take it out of service.
    const answer = await t
      .slackFor(goteborg)
      .sendEvent({ type: 'app_uninstalled', event_ts: '1' }, { withoutTeam: true });
    expect(answer.status).toBe(200);
    t.double.revokeOrganizationTokens(acme);
    await t.app.idle();

    expect(await prisma.installation.count()).toBe(0);
    const registers = await prisma.workspace.findMany({ where: { enterpriseId: 'E0ACME' } });
    expect(registers.map((row) => [row.slackTeamId, row.uninstalledAt !== null]).sort()).toEqual([
      ['TGBG', true],
      ['TMALMO', true],
      ['TSTHLM', true],
    ]);
    clock.set(new Date('2026-12-08T08:30:00Z'));
    const since = t.double.calls.length;
    await t.app.runDigestTick();
    expect(t.double.calls.slice(since).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });
});

describe('Enterprise Grid, org-wide install with one register for the whole organization', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let acme: Organization<SlackDouble>;
  let stockholm: SlackDouble;
  let goteborg: SlackDouble;

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, database });
    prisma = t.app.database.prisma;
    ({ acme, stockholm, goteborg } = await acmeGroup(t));
  });
  afterAll(() => t.stop());

  it('offers the shared register on the install page, and stores the admin’s choice', async () => {
    const page = await openInstallPage(t);
    expect(page.html).toContain('/slack/install?register=shared');
    const shared = await openInstallPage(t, '/slack/install?register=shared');
    expect(shared.html).toContain('One register for the whole organization');

    await installOrgWide(t, acme, { userId: 'WANNA', shared: true });

    const install = await prisma.installation.findUniqueOrThrow({ where: { installKey: 'E:E0ACME' } });
    expect(install.sharedRegister).toBe(true);
    const registers = await prisma.workspace.findMany({ where: { enterpriseId: 'E0ACME' } });
    expect(registers.map((row) => [row.slackTeamId, row.name])).toEqual([['E0ACME', 'Acme Group']]);
  });

  it('sees one register from every workspace of the organization, one employee per person', async () => {
    const shared = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'E0ACME' } });
    await prisma.person.create({ data: { workspaceId: shared.id, name: 'Gemensam Kund' } });

    const fromStockholm = await t
      .slackFor(stockholm)
      .slashCommand({ command: '/contact', text: 'Gemensam', userId: 'WANNA' });
    const fromGoteborg = await t
      .slackFor(goteborg)
      .slashCommand({ command: '/contact', text: 'Gemensam', userId: 'WBERT' });
    await t.slackFor(stockholm).slashCommand({ command: '/activity', text: 'help', userId: 'WCLARA' });
    await t.slackFor(goteborg).slashCommand({ command: '/activity', text: 'help', userId: 'WCLARA' });

    expect(JSON.stringify(fromStockholm.ack)).toContain('Gemensam Kund');
    expect(JSON.stringify(fromGoteborg.ack)).toContain('Gemensam Kund');
    expect(await prisma.workspace.count({ where: { slackTeamId: { in: ['TSTHLM', 'TGBG'] } } })).toBe(0);
    const clara = await prisma.employee.findMany({ where: { slackUserId: 'WCLARA' } });
    expect(clara.map((row) => [row.workspaceId, row.isForeign])).toEqual([[shared.id, false]]);
  });

  it('accepts anyone of the organization as responsible, and refuses someone of another', async () => {
    const shared = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'E0ACME' } });
    const person = await prisma.person.create({ data: { workspaceId: shared.id, name: 'Petra Pris' } });
    stockholm.addUser({ id: 'UCONNECT', name: 'connie', team_id: 'TPARTNER' });
    const since = t.double.calls.length;
    await t.slackFor(stockholm).slashCommand({ command: '/activity', text: '', userId: 'WANNA' });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = stockholm.latestView('WANNA')!;
    const fill = {
      Person: { text: { type: 'plain_text', text: person.name }, value: String(person.id) },
      Type: 'Meeting',
      Subject: 'Prisdiskussion',
    };

    const outsider = await t.slackFor(stockholm).viewSubmission({
      userId: 'WANNA',
      viewId: view.id,
      fill: { ...fill, Responsible: 'UCONNECT' },
    });
    expect(outsider.ack?.errors).toEqual({
      [inputBlock(view, 'responsible')!.block_id]:
        'That user belongs to another workspace. Choose a colleague from this one.',
    });

    const colleague = await t.slackFor(stockholm).viewSubmission({
      userId: 'WANNA',
      viewId: view.id,
      fill: { ...fill, Responsible: 'WBERT' },
    });
    expect(colleague.ack).toBeUndefined();
    const saved = await prisma.activity.findFirstOrThrow({
      orderBy: { id: 'desc' },
      include: { responsible: true },
    });
    expect([saved.workspaceId, saved.responsible.slackUserId]).toEqual([shared.id, 'WBERT']);
  });

  it('refreshes the shared register’s profiles from every workspace of the organization', async () => {
    acme.addMember({ id: 'WBERT', name: 'bert', teams: ['TGBG'], locale: 'sv-SE', tz: 'Asia/Tokyo' });
    const since = t.double.calls.length;

    await t.app.syncProfiles();

    const calls = t.double.calls.slice(since);
    expect(calls.filter((c) => c.method === 'auth.teams.list')).toHaveLength(1);
    const lists = calls.filter((c) => c.method === 'users.list');
    expect(lists.map((c) => c.args.team_id).sort()).toEqual(['TGBG', 'TSTHLM']);
    const bert = await prisma.employee.findFirstOrThrow({ where: { slackUserId: 'WBERT' } });
    expect(bert.timezone).toBe('Asia/Tokyo');
  });

  it('serves an event that names only the organization', async () => {
    await t.app.idle();
    const since = t.double.calls.length;

    const result = await t.slackFor(goteborg).appHomeOpened({ userId: 'WBERT', withoutTeam: true });

    expect(result.status).toBe(200);
    const published = await t.double.waitForCall('views.publish', (c) => c.args.user_id === 'WBERT', {
      since,
    });
    expect(published.teamId).toBe('TGBG');
    expect(goteborg.homeView('WBERT')).toBeDefined();
  });

  it('keeps the organization’s choice when an admin installs again from the plain link', async () => {
    await installOrgWide(t, acme, { userId: 'WANNA' });

    const install = await prisma.installation.findUniqueOrThrow({ where: { installKey: 'E:E0ACME' } });
    expect(install.sharedRegister).toBe(true);
    await t.slackFor(goteborg).slashCommand({ command: '/activity', text: 'help', userId: 'WBERT' });
    expect(await prisma.workspace.count({ where: { slackTeamId: 'TGBG' } })).toBe(0);
  });
});
