import { adminModalSteps } from '../../support/fixtures/admin-modal';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('/activity admin: teams (product §5.3)', () => {
  let t: TestApp;
  const { expectCall, openAdmin, pushForm } = adminModalSteps(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    t.double.addUser({ id: 'USVADMIN', name: 'sara', is_owner: true, locale: 'sv-SE' });
    t.double.addUser({ id: 'USTAFF', name: 'sam' });
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBERTIL', name: 'bertil' });
    t.double.addUser({ id: 'UROBOT', name: 'robot', is_bot: true });
    t.double.addUser({ id: 'UGUEST', name: 'greta', is_restricted: true });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    t.double.addChannel({ id: 'CSUPPORT', name: 'support', isMember: false });
    t.double.addChannel({ id: 'GBOARD', name: 'board', isPrivate: true, isMember: false });
  });
  afterAll(() => t.stop());

  const prisma = () => t.app.database.prisma;
  const shown = (view: SlackView | undefined) => JSON.stringify(view?.blocks ?? []);
  const teamNamed = (name: string) =>
    prisma().team.findFirstOrThrow({
      where: { name },
      include: { members: { include: { employee: true } } },
    });

  function teamLines(view: SlackView | undefined): string[] {
    return (view?.blocks ?? [])
      .filter((block) => String(block.block_id).startsWith('admin_team:'))
      .map((block) => String((block.text as { text: string }).text));
  }

  const openAddForm = (userId: string, list: SlackView) =>
    pushForm(userId, list, 'admin_team_add_open', 'admin_team_save');

  async function fromMenu(userId: string, list: SlackView, teamId: number, operation: 'edit' | 'delete') {
    const push = await expectCall('views.push', () =>
      t.slack.blockActions({
        userId,
        actionId: `admin_team_menu:${teamId}`,
        selectedOption: `${operation}:${teamId}`,
        container: { type: 'view', viewId: list.id },
      }),
    );
    expect(push.response).toMatchObject({ ok: true });
    return t.double.latestView(userId)!;
  }

  /** Submits a form that should save; resolves with the admin modal redrawn under it. */
  async function submitSaved(
    userId: string,
    form: SlackView,
    list: SlackView,
    fill: Record<string, unknown> = {},
  ) {
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({ userId, viewId: form.id, fill });
    expect(result.ack).toBeUndefined();
    expect(t.double.isViewOpen(form.id)).toBe(false);
    const redraw = await t.double.waitForCall('views.update', (call) => call.args.view_id === list.id, {
      since,
    });
    expect(redraw.response).toMatchObject({ ok: true });
    return t.double.view(list.id)!;
  }

  const salesFill = {
    Name: 'Sales',
    Members: ['UANNA'],
    Leads: ['UBERTIL'],
    'Channel for the digest': 'CSALES',
    'Digest time': '09:00',
    'Digest days': ['Monday', 'Wednesday', 'Friday'],
    'Escalate after (working days)': '2',
  };

  let list: SlackView;
  let salesId: number;

  it('shows an empty Teams section after the activity types, with *Add team*', async () => {
    list = await openAdmin('UADMIN');
    const blocks = list.blocks;
    const typesHeader = blocks.findIndex((block) => JSON.stringify(block).includes('"Activity types"'));
    const teamsHeader = blocks.findIndex(
      (block) => block.type === 'header' && JSON.stringify(block).includes('"Teams"'),
    );
    expect(typesHeader).toBeGreaterThanOrEqual(0);
    expect(teamsHeader).toBeGreaterThan(typesHeader);
    expect(blocks[teamsHeader - 1]?.type).toBe('divider');
    expect(shown(list)).toContain('No teams yet.');
    expect(shown(list)).toContain('admin_team_add_open');
  });

  it('adds a team: a lead becomes a member, the channel is checked, the list shows it', async () => {
    const form = await openAddForm('UADMIN', list);
    expect(shown(form)).toContain('"initial_value":"3"');
    list = await submitSaved('UADMIN', form, list, salesFill);
    const team = await teamNamed('Sales');
    salesId = team.id;
    expect(team).toMatchObject({
      channelId: 'CSALES',
      digestHour: 9,
      digestDays: [1, 3, 5],
      escalationDays: 2,
    });
    expect(team.members.map((member) => [member.employee.slackUserId, member.isLead]).sort()).toEqual([
      ['UANNA', false],
      ['UBERTIL', true],
    ]);
    expect(t.double.lastCall('conversations.info')?.args.channel).toBe('CSALES');
    expect(shown(list)).toContain('Added the team *Sales*.');
    expect(shown(list)).not.toContain('/invite');
    expect(teamLines(list)).toEqual([
      '*Sales* · <#CSALES> · 2 members · leads: <@UBERTIL>\ndigest 09:00 Mon, Wed, Fri · escalation after 2 working days',
    ]);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'team.created' } });
    expect(audit).toMatchObject({ targetType: 'team', targetId: String(salesId) });
  });

  it('refuses, next to the field and in the user’s language, a taken name, bots, guests and no days', async () => {
    const form = await openAddForm('UADMIN', list);
    const taken = await t.slack.viewSubmission({
      userId: 'UADMIN',
      viewId: form.id,
      fill: { ...salesFill, Name: ' SALES ' },
    });
    expect(taken.ack).toEqual({
      response_action: 'errors',
      errors: { team_name: 'A team is already called “Sales”.' },
    });
    const people = await t.slack.viewSubmission({
      userId: 'UADMIN',
      viewId: form.id,
      fill: {
        ...salesFill,
        Name: 'Bots',
        Members: ['UANNA', 'UROBOT'],
        Leads: ['UGUEST'],
        'Digest days': null,
      },
    });
    expect(people.ack).toEqual({
      response_action: 'errors',
      errors: {
        team_members: 'robot is a bot and cannot be on a team.',
        team_leads: 'greta is a guest and cannot be on a team.',
        team_digest_days: 'Choose at least one day.',
      },
    });
    expect(t.double.isViewOpen(form.id)).toBe(true);
    expect(await prisma().team.count()).toBe(1);

    const svList = await openAdmin('USVADMIN');
    expect(shown(svList)).toContain('Lägg till team');
    const svForm = await openAddForm('USVADMIN', svList);
    const svTaken = await t.slack.viewSubmission({
      userId: 'USVADMIN',
      viewId: svForm.id,
      fill: { Namn: 'sales', 'Dagar för sammanfattningen': null },
    });
    expect(svTaken.ack).toEqual({
      response_action: 'errors',
      errors: {
        team_name: 'Det finns redan ett team som heter ”Sales”.',
        team_digest_days: 'Välj minst en dag.',
      },
    });
  });

  it('saves a team whose channel Touchbase is not in, and says how to invite it', async () => {
    let form = await openAddForm('UADMIN', list);
    list = await submitSaved('UADMIN', form, list, {
      ...salesFill,
      Name: 'Support',
      'Channel for the digest': 'CSUPPORT',
    });
    expect(shown(list)).toContain(
      ':warning: Added the team *Support*. Touchbase is not in <#CSUPPORT>, so it cannot post the team digest there. Open that channel and type `/invite @Touchbase`.',
    );
    form = await openAddForm('UADMIN', list);
    list = await submitSaved('UADMIN', form, list, {
      ...salesFill,
      Name: 'Board',
      'Channel for the digest': 'GBOARD',
    });
    expect(shown(list)).toContain('Touchbase is not in <#GBOARD>');
    expect(await prisma().team.count()).toBe(3);
    expect(teamLines(list).map((line) => line.split(' · ')[0])).toEqual(['*Board*', '*Sales*', '*Support*']);
  });

  it('edits a team from its menu, starting from what it has', async () => {
    const form = await fromMenu('UADMIN', list, salesId, 'edit');
    expect(form.callback_id).toBe('admin_team_save');
    expect(form.title).toMatchObject({ text: 'Edit team' });
    expect(shown(form)).toContain('"initial_users":["UANNA","UBERTIL"]');
    expect(shown(form)).toContain('"initial_conversation":"CSALES"');
    list = await submitSaved('UADMIN', form, list, {
      Name: 'Sales & <!channel>',
      Leads: ['UANNA'],
      'Channel for the digest': null,
      'Digest days': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    });
    const team = await prisma().team.findUniqueOrThrow({
      where: { id: salesId },
      include: { members: true },
    });
    expect(team).toMatchObject({ name: 'Sales & <!channel>', channelId: null, digestDays: [1, 2, 3, 4, 5] });
    expect(team.members.filter((member) => member.isLead)).toHaveLength(1);
    expect(shown(list)).toContain('Saved the team *Sales &amp; &lt;!channel&gt;*.');
    expect(shown(list)).not.toContain('<!channel>');
    expect(teamLines(list)).toContain(
      '*Sales &amp; &lt;!channel&gt;* · no channel, no digest · 2 members · leads: <@UANNA>\ndigest 09:00 Mon–Fri · escalation after 2 working days',
    );
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'team.updated' } });
    expect((audit.details as { changed: string[] }).changed).toEqual([
      'name',
      'channelId',
      'digestDays',
      'leadIds',
    ]);
  });

  it('refuses a stale menu of someone who is not an admin, and changes nothing', async () => {
    const stale = await openAdmin('UADMIN');
    const refusal = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'USTAFF',
        actionId: `admin_team_menu:${salesId}`,
        selectedOption: `delete:${salesId}`,
        container: { type: 'view', viewId: stale.id },
      }),
    );
    expect(JSON.stringify(refusal.args.view)).toContain('Only Touchbase admins');
    expect(await prisma().team.count()).toBe(3);
  });

  it('deletes a team after asking', async () => {
    const confirm = await fromMenu('UADMIN', list, salesId, 'delete');
    expect(confirm.callback_id).toBe('admin_team_delete');
    expect(shown(confirm)).toContain('Delete the team *Sales &amp; &lt;!channel&gt;* and its 2 memberships?');
    list = await submitSaved('UADMIN', confirm, list);
    expect(shown(list)).toContain('Deleted the team *Sales &amp; &lt;!channel&gt;*.');
    expect(await prisma().team.findUnique({ where: { id: salesId } })).toBeNull();
    expect(
      await prisma().auditLog.count({ where: { action: 'team.deleted', targetId: String(salesId) } }),
    ).toBe(1);
  });

  it('pages a long list of teams within a modal’s 100 blocks', async () => {
    const workspace = await prisma().workspace.findFirstOrThrow();
    await prisma().team.createMany({
      data: Array.from({ length: 23 }, (_, index) => ({
        workspaceId: workspace.id,
        name: `Zone ${String(index + 1).padStart(2, '0')}`,
      })),
    });
    const view = await openAdmin('UADMIN');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(teamLines(view)).toHaveLength(20);
    expect(shown(view)).toContain('Teams 1–20 of 25');
    const next = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'UADMIN',
        actionId: 'admin_teams_page_next',
        container: { type: 'view', viewId: view.id },
      }),
    );
    expect(next.response).toMatchObject({ ok: true });
    const second = t.double.view(view.id)!;
    expect(teamLines(second).map((line) => line.split(' · ')[0])).toEqual([
      '*Zone 19*',
      '*Zone 20*',
      '*Zone 21*',
      '*Zone 22*',
      '*Zone 23*',
    ]);
    // A change from the second page comes back to the second page.
    const zone = await teamNamed('Zone 23');
    const form = await fromMenu('UADMIN', second, zone.id, 'edit');
    const saved = await submitSaved('UADMIN', form, second, { Name: 'Zone 23b' });
    expect(shown(saved)).toContain('Teams 21–25 of 25');
    expect(teamLines(saved).at(-1)).toContain('*Zone 23b*');
  });
});
