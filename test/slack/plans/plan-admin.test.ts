import { SettableClock, typeByKey, workspaceOf } from '../../support/fixtures/activities';
import { adminModalSteps } from '../../support/fixtures/admin-modal';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

// Tuesday 22 December 2026, 09:00 in Stockholm.
const NOW = new Date('2026-12-22T08:00:00Z');

describe('/activity admin → Plans (product §3.7)', () => {
  let t: TestApp;
  const { expectCall, openAdmin } = adminModalSteps(() => t);
  const clock = new SettableClock(NOW);
  const prisma = () => t.app.database.prisma;
  const shown = (view: SlackView | undefined) => JSON.stringify(view?.blocks ?? []);
  const plansNamed = (name: string) =>
    prisma().activityPlan.findFirstOrThrow({
      where: { name },
      include: { steps: { orderBy: { position: 'asc' }, include: { type: true, responsible: true } } },
    });

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { HOLIDAY_COUNTRY: 'SE' } });
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    t.double.addUser({ id: 'USVADMIN', name: 'sara', is_owner: true, locale: 'sv-SE' });
    t.double.addUser({ id: 'USTAFF', name: 'sam' });
    t.double.addUser({ id: 'UDEMOTED', name: 'dora', is_admin: true });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
    t.double.addUser({ id: 'UROBOT', name: 'robot', is_bot: true });
  });
  afterAll(() => t.stop());

  /** *Manage plans…* in the admin modal: the plans modal pushed over it. */
  /** The admin modal the last plans modal was pushed over. */
  let adminUnder: SlackView;

  async function openPlans(userId: string): Promise<SlackView> {
    const admin = await openAdmin(userId);
    adminUnder = admin;
    const push = await expectCall('views.push', () =>
      t.slack.blockActions({
        userId,
        actionId: 'admin_plans_open',
        container: { type: 'view', viewId: admin.id },
      }),
    );
    expect(push.response).toMatchObject({ ok: true });
    const view = t.double.latestView(userId) as SlackView;
    expect(view.callback_id).toBe('admin_plans');
    return view;
  }

  async function pushFrom(
    userId: string,
    list: SlackView,
    click: { actionId: string; selectedOption?: string },
  ) {
    const push = await expectCall('views.push', () =>
      t.slack.blockActions({ userId, ...click, container: { type: 'view', viewId: list.id } }),
    );
    expect(push.response).toMatchObject({ ok: true });
    const form = t.double.latestView(userId) as SlackView;
    expect(form.callback_id).toBe('admin_plan_save');
    return form;
  }

  /** Submits a plan form that should save; the plans modal redrawn under it. */
  async function submitSaved(
    userId: string,
    form: SlackView,
    list: SlackView,
    fill: Record<string, unknown>,
  ) {
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({ userId, viewId: form.id, fill });
    expect(result.ack).toBeUndefined();
    await t.double.waitForCall('views.update', (call) => call.args.view_id === list.id, { since });
    return t.double.view(list.id) as SlackView;
  }

  it('seeds a new workspace with “New customer”: welcome call day 0, visit day 14, follow-up e-mail day 30', async () => {
    const plan = await plansNamed('New customer');
    expect(plan.archived).toBe(false);
    expect(
      plan.steps.map((step) => [step.type.key, step.subject, step.offsetDays, step.responsibleKind]),
    ).toEqual([
      ['OUTGOING_CALL', 'Welcome call', 0, 'LAUNCHER'],
      ['VISIT', 'Visit', 14, 'LAUNCHER'],
      ['EMAIL', 'Follow-up e-mail', 30, 'LAUNCHER'],
    ]);
    const admin = await openAdmin('UADMIN');
    expect(shown(admin)).toContain('*Plans*\\nNew customer');
    const list = await openPlans('UADMIN');
    expect(shown(list)).toContain(
      '*New customer* · 3 steps\\nday 0: Outgoing call “Welcome call” (The one who launches)\\nday 14: Visit “Visit” (The one who launches)\\nday 30: E-mail “Follow-up e-mail” (The one who launches)',
    );
  });

  it('refuses the plans to anyone who is not (or no longer) an admin', async () => {
    await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'USTAFF' });
    expect(t.double.latestView('USTAFF')?.callback_id).not.toBe('admin_home');
    const list = await openPlans('UDEMOTED');
    t.double.user('UDEMOTED')!.is_admin = false;
    // Slack's admin flag is read again once the profile is refreshed (product §1).
    clock.advance(24 * 60 * 60_000 + 60_000);
    const refusal = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'UDEMOTED',
        actionId: 'admin_plan_add_open',
        container: { type: 'view', viewId: list.id },
      }),
    );
    expect(JSON.stringify(refusal.args.view)).toContain('Only Touchbase admins');
  });

  let christmasId: number;

  it('adds a plan with its steps: types, subjects, working days and responsibles', async () => {
    const list = await openPlans('UADMIN');
    const form = await pushFrom('UADMIN', list, { actionId: 'admin_plan_add_open' });
    expect(form.blocks.filter((block) => block.type === 'input')).toHaveLength(1 + 2 * 6);
    const redrawn = await submitSaved('UADMIN', form, list, {
      plan_name: '  Christmas   follow-up ',
      'plan_step.0.type': 'Outgoing call',
      'plan_step.0.subject': 'Call before Christmas',
      'plan_step.0.offset': '1',
      'plan_step.0.responsible': 'usual',
      'plan_step.1.type': 'Visit',
      'plan_step.1.subject': 'Visit after Christmas',
      'plan_step.1.offset': '2',
      'plan_step.1.responsible': 'named',
      'plan_step.1.named': 'UBEN',
    });
    expect(shown(redrawn)).toContain('Added the plan *Christmas follow-up*.');
    // The admin modal under the plans modal names the new plan too.
    await t.app.idle();
    expect(shown(t.double.view(adminUnder.id))).toContain('*Plans*\\nChristmas follow-up, New customer');
    const plan = await plansNamed('Christmas follow-up');
    christmasId = plan.id;
    expect(
      plan.steps.map((step) => [
        step.position,
        step.type.key,
        step.subject,
        step.offsetDays,
        step.responsibleKind,
        step.responsible?.slackUserId ?? null,
      ]),
    ).toEqual([
      [1, 'OUTGOING_CALL', 'Call before Christmas', 1, 'USUAL', null],
      [2, 'VISIT', 'Visit after Christmas', 2, 'NAMED', 'UBEN'],
    ]);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'plan.created' } });
    expect(audit).toMatchObject({ targetType: 'plan', targetId: String(plan.id) });
  });

  it('refuses bad input next to each field in Swedish, and saves nothing', async () => {
    const before = await prisma().activityPlan.count();
    const list = await openPlans('USVADMIN');
    expect(shown(list)).toContain('Lägg till plan');
    const form = await pushFrom('USVADMIN', list, { actionId: 'admin_plan_add_open' });
    const visit = await typeByKey(prisma(), (await workspaceOf(t)).id, 'VISIT');
    const bad = await t.slack.viewSubmission({
      userId: 'USVADMIN',
      viewId: form.id,
      fill: {
        'plan_step.0.type': 'Besök',
        'plan_step.0.subject': 'Besök',
        'plan_step.0.offset': '-1',
        'plan_step.1.subject': 'Utan typ',
        'plan_step.1.offset': '3',
        'plan_step.1.responsible': 'named',
        'plan_step.1.named': 'UROBOT',
      },
    });
    expect(bad.ack).toEqual({
      response_action: 'errors',
      errors: {
        plan_name: 'Ge planen ett namn.',
        'plan_step.0.offset': 'Arbetsdagarna efter starten kan inte vara negativa: 0 är startdagen.',
        'plan_step.1.type': 'Välj stegets typ.',
        'plan_step.1.named': 'robot är en bot och kan inte vara ansvarig.',
      },
    });
    const empty = await t.slack.viewSubmission({
      userId: 'USVADMIN',
      viewId: form.id,
      fill: {
        plan_name: 'Tom',
        'plan_step.0.type': null,
        'plan_step.0.subject': null,
        'plan_step.0.offset': null,
        'plan_step.1.subject': null,
        'plan_step.1.offset': null,
      },
    });
    expect(empty.ack).toEqual({
      response_action: 'errors',
      errors: { 'plan_step.0.type': 'En plan behöver minst ett steg: välj en typ och skriv ett ämne.' },
    });
    // A type archived while the form was open is refused, as is a name taken regardless of case.
    await prisma().activityType.update({ where: { id: visit.id }, data: { archived: true } });
    try {
      const archived = await t.slack.viewSubmission({
        userId: 'USVADMIN',
        viewId: form.id,
        fill: {
          plan_name: 'NY KUND',
          'plan_step.0.type': 'Besök',
          'plan_step.0.subject': 'Besök',
          'plan_step.0.offset': '0',
        },
      });
      expect(archived.ack).toEqual({
        response_action: 'errors',
        errors: { 'plan_step.0.type': 'Den aktivitetstypen är arkiverad. Välj en aktiv typ.' },
      });
      const taken = await t.slack.viewSubmission({
        userId: 'USVADMIN',
        viewId: form.id,
        fill: {
          plan_name: 'new CUSTOMER',
          'plan_step.0.type': 'Utgående samtal',
          'plan_step.0.subject': 'Ring',
          'plan_step.0.offset': '0',
        },
      });
      expect(taken.ack).toEqual({
        response_action: 'errors',
        errors: { plan_name: 'Det finns redan en plan som heter ”New customer”.' },
      });
    } finally {
      await prisma().activityType.update({ where: { id: visit.id }, data: { archived: false } });
    }
    expect(t.double.isViewOpen(form.id)).toBe(true);
    expect(await prisma().activityPlan.count()).toBe(before);
  });

  it('edits a plan: its steps prefilled, one moved first, one removed, one added', async () => {
    const list = await openPlans('UADMIN');
    const form = await pushFrom('UADMIN', list, {
      actionId: `admin_plan_menu:${christmasId}`,
      selectedOption: `edit:${christmasId}`,
    });
    expect(shown(form)).toContain('"initial_value":"Call before Christmas"');
    expect(shown(form)).toContain('"initial_user":"UBEN"');
    await submitSaved('UADMIN', form, list, {
      plan_name: 'Christmas follow-up',
      'plan_step.0.order': 'remove',
      'plan_step.1.order': 'Position 2',
      'plan_step.2.type': 'E-mail',
      'plan_step.2.subject': 'Happy new year',
      'plan_step.2.offset': '3',
      'plan_step.2.order': 'Position 1',
    });
    const plan = await plansNamed('Christmas follow-up');
    expect(
      plan.steps.map((step) => [step.position, step.subject, step.offsetDays, step.responsibleKind]),
    ).toEqual([
      [1, 'Happy new year', 3, 'LAUNCHER'],
      [2, 'Visit after Christmas', 2, 'NAMED'],
    ]);
  });

  it('archives a plan from its menu and restores it', async () => {
    const list = await openPlans('UADMIN');
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UADMIN',
      actionId: `admin_plan_menu:${christmasId}`,
      selectedOption: `archive:${christmasId}`,
      container: { type: 'view', viewId: list.id },
    });
    await t.double.waitForCall('views.update', (call) => call.args.view_id === list.id, { since });
    const redrawn = shown(t.double.view(list.id));
    expect(redrawn).toContain('Archived the plan *Christmas follow-up*; it can no longer be launched.');
    expect(redrawn).toContain('*Christmas follow-up* (archived)');
    expect((await plansNamed('Christmas follow-up')).archived).toBe(true);
    const again = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UADMIN',
      actionId: `admin_plan_menu:${christmasId}`,
      selectedOption: `restore:${christmasId}`,
      container: { type: 'view', viewId: list.id },
    });
    await t.double.waitForCall('views.update', (call) => call.args.view_id === list.id, { since: again });
    expect((await plansNamed('Christmas follow-up')).archived).toBe(false);
  });
});
