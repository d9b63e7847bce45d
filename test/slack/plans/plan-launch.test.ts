import {
  addPerson,
  alwaysAtWork,
  SettableClock,
  typeByKey,
  workspaceOf,
} from '../../support/fixtures/activities';
import { addActivity, viewerFor } from '../../support/fixtures/contacts';
import type { RecordedCall, SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

// Tuesday 22 December 2026, 09:00 in Stockholm: 24–26 December are days off in Sweden.
const NOW = new Date('2026-12-22T08:00:00Z');
const MINUTE = 60_000;

describe('launching an activity plan on a person (product §3.7)', () => {
  let t: TestApp;
  const clock = new SettableClock(NOW);
  const prisma = () => t.app.database.prisma;
  const shown = (view: unknown) => JSON.stringify(view);
  let workspaceId: number;
  let pia: { id: number; name: string };
  let christmasId: number;

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { HOLIDAY_COUNTRY: 'SE' } });
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben', locale: 'sv-SE' });
    t.double.addUser({ id: 'UCLEO', name: 'cleo' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    t.double.addUser({ id: 'UNINA', name: 'nina', tz: 'America/New_York' });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    workspaceId = (await workspaceOf(t)).id;
    for (const user of ['UANNA', 'UBEN', 'UCLEO', 'USVEN', 'UNINA'])
      await alwaysAtWork(prisma(), workspaceId, user);
    pia = await addPerson(prisma(), workspaceId, { name: 'Pia Person' });
    // Cleo handled Pia last: she is Pia's usual responsible.
    const cleo = await viewerFor(prisma(), workspaceId, 'UCLEO');
    await addActivity(prisma(), {
      workspaceId,
      personId: pia.id,
      responsibleId: cleo.employeeId,
      subject: 'First contact',
      startAt: new Date('2026-12-01T09:00:00Z'),
    });
    const ben = await viewerFor(prisma(), workspaceId, 'UBEN');
    const type = (key: string) => typeByKey(prisma(), workspaceId, key);
    const plan = await prisma().activityPlan.create({
      data: {
        workspaceId,
        name: 'Christmas follow-up',
        steps: {
          create: [
            {
              position: 1,
              typeId: (await type('OUTGOING_CALL')).id,
              subject: 'Call before Christmas',
              offsetDays: 1,
              responsibleKind: 'USUAL',
            },
            {
              position: 2,
              typeId: (await type('VISIT')).id,
              subject: 'Visit after Christmas',
              offsetDays: 2,
              responsibleKind: 'NAMED',
              responsibleId: ben.employeeId,
            },
            {
              position: 3,
              typeId: (await type('EMAIL')).id,
              subject: 'Happy new year',
              offsetDays: 3,
              responsibleKind: 'LAUNCHER',
            },
          ],
        },
      },
    });
    christmasId = plan.id;
  });
  afterAll(() => t.stop());
  // Each test's assignment messages apart from the last test's: within two minutes they fold (§5.6).
  beforeEach(() => clock.advance(3 * MINUTE));

  const responsibleOf = (view: SlackView, step: number) =>
    (
      view.blocks.find((block) => String(block.block_id).endsWith(`.step${step}`)) as {
        element: { initial_user?: string };
      }
    )?.element.initial_user;
  const createdSince = (id: number) =>
    prisma().activity.findMany({
      where: { id: { gt: id } },
      orderBy: { id: 'asc' },
      include: { responsible: true, type: true, events: true },
    });
  const lastActivityId = async () =>
    (await prisma().activity.findFirst({ orderBy: { id: 'desc' } }))?.id ?? 0;

  async function launchView(userId: string, text: string): Promise<SlackView> {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text, userId, channelId: 'CSALES' });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView(userId) as SlackView;
    expect(view.callback_id).toBe('plan_launch');
    return view;
  }

  it('opens from /activity plan with each step on its working day, Christmas skipped, responsibles prefilled', async () => {
    const view = await launchView('UANNA', 'plan christmas FOLLOW-UP Pia Person');
    const text = shown(view.blocks);
    expect(text).toContain('*Person:* Pia Person');
    expect(text).toContain('"initial_date":"2026-12-22"');
    expect(text).toContain('*1. Outgoing call* — Call before Christmas\\n:calendar: Wed 23 Dec 2026');
    // 24 (Christmas Eve), 25 (Christmas Day), 26 and 27 (the weekend) are not working days.
    expect(text).toContain('*2. Visit* — Visit after Christmas\\n:calendar: Mon 28 Dec 2026');
    expect(text).toContain('*3. E-mail* — Happy new year\\n:calendar: Tue 29 Dec 2026');
    expect(responsibleOf(view, 0)).toBe('UCLEO');
    expect(responsibleOf(view, 1)).toBe('UBEN');
    expect(responsibleOf(view, 2)).toBe('UANNA');
  });

  it('creates every step at once with changed responsibles, lists them, and tells each responsible once', async () => {
    const view = await launchView('UANNA', 'plan Christmas follow-up Pia Person');
    const before = await lastActivityId();
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { 'plan_launch.0.step0': 'UBEN', 'plan_launch.0.step2': 'UBEN' },
    });
    expect(result.ack).toBeUndefined();
    const created = await createdSince(before);
    expect(
      created.map((a) => [
        a.subject,
        a.type.key,
        a.startAt.toISOString(),
        a.responsible.slackUserId,
        a.personId,
      ]),
    ).toEqual([
      // 08:00 in Stockholm, the workspace's working day start, on each step's day.
      ['Call before Christmas', 'OUTGOING_CALL', '2026-12-23T07:00:00.000Z', 'UBEN', pia.id],
      ['Visit after Christmas', 'VISIT', '2026-12-28T07:00:00.000Z', 'UBEN', pia.id],
      ['Happy new year', 'EMAIL', '2026-12-29T07:00:00.000Z', 'UBEN', pia.id],
    ]);
    // Through the ordinary create path: history, and the type's reminder.
    expect(created.every((a) => a.events.some((event) => event.kind === 'CREATED'))).toBe(true);
    expect(created[0]?.remindAt?.toISOString()).toBe('2026-12-23T06:55:00.000Z');

    const confirmation = await t.double.waitForCall('chat.postEphemeral', undefined, { since });
    const confirmed = confirmation.args as { channel: string; user: string; text: string };
    expect(confirmed.channel).toBe('CSALES');
    expect(confirmed.user).toBe('UANNA');
    expect(confirmed.text).toContain('Started *Christmas follow-up* for Pia Person: 3 activities created.');
    expect(confirmed.text).toContain(
      `#${created[0]?.id} · 23 Dec 2026 08:00 · Outgoing call — Call before Christmas · <@UBEN>`,
    );
    expect(confirmed.text).toContain(
      `#${created[2]?.id} · 29 Dec 2026 08:00 · E-mail — Happy new year · <@UBEN>`,
    );

    // Ben hears about all three in one direct message, in Swedish (product §5.6).
    await t.app.idle();
    const toBen = t.double.calls
      .slice(since)
      .filter(
        (call: RecordedCall) =>
          call.method === 'chat.postMessage' &&
          call.status === 200 &&
          (call.response as { channel?: string }).channel === t.double.dmChannelFor('UBEN'),
      );
    expect(toBen).toHaveLength(1);
    const message = t.double.message(
      t.double.dmChannelFor('UBEN'),
      String((toBen[0]?.response as { ts?: string } | undefined)?.ts),
    );
    const folded = shown(message?.blocks);
    expect(folded).toContain('3 nya aktiviteter har tilldelats dig av <@UANNA>');
    for (const subject of ['Call before Christmas', 'Visit after Christmas', 'Happy new year'])
      expect(folded).toContain(subject);
  });

  it('starts a step at the working-day start in its responsible’s time zone, shown on the launcher’s clock', async () => {
    // Anna launches in Stockholm; step 1 goes to Nina in New York.
    const view = await launchView('UANNA', 'plan Christmas follow-up Pia Person');
    const before = await lastActivityId();
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { 'plan_launch.0.step0': 'UNINA', 'plan_launch.0.step2': 'UBEN' },
    });
    expect(result.ack).toBeUndefined();
    const created = await createdSince(before);
    expect(created.map((a) => [a.subject, a.startAt.toISOString(), a.responsible.slackUserId])).toEqual([
      // 08:00 in New York on Wednesday 23 December, not 08:00 in Stockholm (02:00 for Nina).
      ['Call before Christmas', '2026-12-23T13:00:00.000Z', 'UNINA'],
      ['Visit after Christmas', '2026-12-28T07:00:00.000Z', 'UBEN'],
      ['Happy new year', '2026-12-29T07:00:00.000Z', 'UBEN'],
    ]);
    const confirmation = await t.double.waitForCall('chat.postEphemeral', undefined, { since });
    // Anna reads every start on her own clock: 08:00 in New York is 14:00 in Stockholm.
    expect((confirmation.args as { text: string }).text).toContain(
      `#${created[0]?.id} · 23 Dec 2026 14:00 · Outgoing call — Call before Christmas · <@UNINA>`,
    );
    await t.app.idle();
  });

  it('counts from another launch date when the date is changed in the view', async () => {
    const view = await launchView('UANNA', 'plan Christmas follow-up Pia Person');
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'plan_launch_date',
      value: '2026-12-30',
      container: { type: 'view', viewId: view.id },
      fill: { 'plan_launch.0.step0': 'UCLEO' },
    });
    await t.double.waitForCall('views.update', (call) => call.args.view_id === view.id, { since });
    const redrawn = shown(t.double.view(view.id)?.blocks);
    // New Year's Eve and Day are off, 2–3 January 2027 a weekend, 6 January Epiphany.
    expect(redrawn).toContain('Call before Christmas\\n:calendar: Mon 4 Jan 2027');
    expect(redrawn).toContain('Visit after Christmas\\n:calendar: Tue 5 Jan 2027');
    expect(redrawn).toContain('Happy new year\\n:calendar: Thu 7 Jan 2027');
    // The responsible picked before the redraw stays.
    expect(responsibleOf(t.double.view(view.id) as SlackView, 0)).toBe('UCLEO');
  });

  it('refuses the whole launch when a step’s type was archived, naming the step, and creates nothing', async () => {
    const view = await launchView('UANNA', 'plan Christmas follow-up Pia Person');
    const visit = await typeByKey(prisma(), workspaceId, 'VISIT');
    await prisma().activityType.update({ where: { id: visit.id }, data: { archived: true } });
    const before = await prisma().activity.count();
    try {
      const result = await t.slack.viewSubmission({ userId: 'UANNA', viewId: view.id, fill: {} });
      expect(result.ack).toEqual({
        response_action: 'errors',
        errors: {
          'plan_launch.0.step1':
            'Step 2 (“Visit after Christmas”) cannot be created: That type is archived and can no longer be chosen. Nothing was created.',
        },
      });
    } finally {
      await prisma().activityType.update({ where: { id: visit.id }, data: { archived: false } });
    }
    expect(await prisma().activity.count()).toBe(before);
    expect(await prisma().activityEvent.count({ where: { createdAt: { gte: clock.now() } } })).toBe(0);
  });

  it('refuses the whole launch, in Swedish, when a responsible has left, and creates nothing', async () => {
    const view = await launchView('USVEN', 'plan Christmas follow-up Pia Person');
    expect(shown(view)).toContain('Starta plan');
    expect(shown(view.blocks)).toContain(':calendar: mån 28 dec. 2026');
    t.double.user('UBEN')!.deleted = true;
    await prisma().employee.updateMany({ where: { slackUserId: 'UBEN' }, data: { isDeleted: true } });
    const before = await prisma().activity.count();
    try {
      const result = await t.slack.viewSubmission({ userId: 'USVEN', viewId: view.id, fill: {} });
      expect(result.ack).toEqual({
        response_action: 'errors',
        // Ben is named by step 2, and since the last launch he is Pia's usual responsible (step 1).
        errors: {
          'plan_launch.0.step0':
            'Steg 1 (”Call before Christmas”) kan inte skapas: Användaren är avaktiverad. Välj en kollega. Ingenting skapades.',
          'plan_launch.0.step1':
            'Steg 2 (”Visit after Christmas”) kan inte skapas: Användaren är avaktiverad. Välj en kollega. Ingenting skapades.',
        },
      });
    } finally {
      t.double.user('UBEN')!.deleted = false;
      await prisma().employee.updateMany({ where: { slackUserId: 'UBEN' }, data: { isDeleted: false } });
    }
    expect(await prisma().activity.count()).toBe(before);
  });

  it('refuses the whole launch when the person was archived meanwhile, and creates nothing', async () => {
    const olle = await addPerson(prisma(), workspaceId, { name: 'Olle Onboard' });
    const view = await launchView('UANNA', 'plan Christmas follow-up Olle Onboard');
    await prisma().person.update({ where: { id: olle.id }, data: { archived: true } });
    const before = await prisma().activity.count();
    const result = await t.slack.viewSubmission({ userId: 'UANNA', viewId: view.id, fill: {} });
    expect(result.ack?.response_action).toBe('errors');
    expect(result.ack?.errors).toMatchObject({
      'plan_launch.0.step0':
        'Step 1 (“Call before Christmas”) cannot be created: That person is archived. Choose an active person. Nothing was created.',
    });
    expect(await prisma().activity.count()).toBe(before);
  });

  it('writes all steps in one transaction: a step the database refuses leaves none of the others', async () => {
    const type = await typeByKey(prisma(), workspaceId, 'FOLLOW_UP');
    await prisma().activityPlan.create({
      data: {
        workspaceId,
        name: 'Tripwire',
        steps: {
          create: ['Fine one', 'Fine two', 'Boom'].map((subject, index) => ({
            position: index + 1,
            typeId: type.id,
            subject,
            offsetDays: index,
          })),
        },
      },
    });
    // A real refusal from the database on the last insert, after the first two were written.
    await prisma().$executeRawUnsafe(
      `CREATE FUNCTION plan_tripwire() RETURNS trigger AS $$ BEGIN IF NEW."subject" = 'Boom' THEN RAISE EXCEPTION 'tripwire'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await prisma().$executeRawUnsafe(
      'CREATE TRIGGER plan_tripwire BEFORE INSERT ON "Activity" FOR EACH ROW EXECUTE FUNCTION plan_tripwire()',
    );
    const before = await prisma().activity.count();
    try {
      const view = await launchView('UANNA', 'plan Tripwire Pia Person');
      await t.slack.viewSubmission({ userId: 'UANNA', viewId: view.id, fill: {} });
      await t.app.idle();
    } finally {
      await prisma().$executeRawUnsafe('DROP TRIGGER plan_tripwire ON "Activity"');
      await prisma().$executeRawUnsafe('DROP FUNCTION plan_tripwire()');
    }
    expect(await prisma().activity.count()).toBe(before);
    expect(await prisma().activity.count({ where: { subject: { in: ['Fine one', 'Fine two'] } } })).toBe(0);
  });

  it('starts a plan from the person card', async () => {
    await t.slack.slashCommand({
      command: '/contact',
      text: 'Pia Person',
      userId: 'UANNA',
      channelId: 'CSALES',
    });
    const card = t.double.ephemeralMessages({ user: 'UANNA' }).at(-1)!;
    expect(shown(card.blocks)).toContain('"action_id":"plan_launch_for_person"');
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'plan_launch_for_person',
      container: { type: 'message', channelId: 'CSALES', messageTs: card.ts, isEphemeral: true },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView('UANNA') as SlackView;
    expect(view.callback_id).toBe('plan_launch');
    expect(shown(view.blocks)).toContain('*Person:* Pia Person');
    // The first plan in name order is offered first: choose the default one.
    const chosen = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'plan_launch_plan',
      selectedOption: 'New customer',
      container: { type: 'view', viewId: view.id },
    });
    await t.double.waitForCall('views.update', (call) => call.args.view_id === view.id, { since: chosen });
    const redrawn = t.double.view(view.id) as SlackView;
    expect(shown(redrawn.blocks)).toContain('*1. Outgoing call* — Welcome call\\n:calendar: Tue 22 Dec 2026');
    const before = await lastActivityId();
    const result = await t.slack.viewSubmission({ userId: 'UANNA', viewId: view.id, fill: {} });
    expect(result.ack).toBeUndefined();
    const created = await createdSince(before);
    expect(created.map((a) => [a.subject, a.responsible.slackUserId])).toEqual([
      ['Welcome call', 'UANNA'],
      ['Visit', 'UANNA'],
      ['Follow-up e-mail', 'UANNA'],
    ]);
    // Day 0 launched after the working day began starts now.
    expect(created[0]?.startAt.toISOString()).toBe(clock.now().toISOString());
  });

  it('starts a plan from the Log activity form, for the person chosen there, closing both', async () => {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: '', userId: 'UANNA', channelId: 'CSALES' });
    await t.double.waitForCall('views.open', undefined, { since });
    const form = t.double.latestView('UANNA') as SlackView;
    const pushed = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'plan_launch_from_form',
      container: { type: 'view', viewId: form.id },
      fill: { Person: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) } },
    });
    await t.double.waitForCall('views.push', undefined, { since: pushed });
    const view = t.double.latestView('UANNA') as SlackView;
    expect(view.callback_id).toBe('plan_launch');
    expect(shown(view.blocks)).toContain('*Person:* Pia Person');
    const before = await lastActivityId();
    const result = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { 'plan_launch.0.plan': String(christmasId) },
    });
    expect(result.ack).toEqual({ response_action: 'clear' });
    expect((await createdSince(before)).map((a) => a.subject)).toEqual([
      'Call before Christmas',
      'Visit after Christmas',
      'Happy new year',
    ]);
  });

  it('asks for the person when the Log activity form had none, and prefills the usual responsible once chosen', async () => {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: '', userId: 'UANNA', channelId: 'CSALES' });
    await t.double.waitForCall('views.open', undefined, { since });
    const form = t.double.latestView('UANNA') as SlackView;
    const pushed = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'plan_launch_from_form',
      container: { type: 'view', viewId: form.id },
    });
    await t.double.waitForCall('views.push', undefined, { since: pushed });
    const view = t.double.latestView('UANNA') as SlackView;
    expect(shown(view.blocks)).toContain('"action_id":"person_picker"');
    const chosen = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'person_picker',
      selectedOption: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) },
      container: { type: 'view', viewId: view.id },
    });
    await t.double.waitForCall('views.update', (call) => call.args.view_id === view.id, { since: chosen });
    const redrawn = t.double.view(view.id) as SlackView;
    // Pia's latest activity is Anna's now: she is the usual responsible of the first step.
    expect(responsibleOf(redrawn, 0)).toBe('UANNA');
    expect(shown(redrawn.blocks)).toContain(`"value":"${pia.id}"`);
  });

  it('refuses a launch of a plan an admin changed while the form was open, and creates nothing', async () => {
    const view = await launchView('UANNA', 'plan Christmas follow-up Pia Person');
    const last = await prisma().activityPlanStep.findFirstOrThrow({
      where: { planId: christmasId },
      orderBy: { position: 'desc' },
    });
    await prisma().activityPlanStep.delete({ where: { id: last.id } });
    const before = await prisma().activity.count();
    try {
      const result = await t.slack.viewSubmission({ userId: 'UANNA', viewId: view.id, fill: {} });
      expect(result.ack).toEqual({
        response_action: 'errors',
        errors: {
          'plan_launch.0.plan':
            'An admin changed this plan while you were starting it. Close this form and start the plan again to see its steps as they are now.',
        },
      });
    } finally {
      const { id: _id, ...step } = last;
      await prisma().activityPlanStep.create({ data: step });
    }
    expect(await prisma().activity.count()).toBe(before);
  });

  it('answers /activity plan with a plan it does not know, or no person matching, with the usage', async () => {
    await t.slack.slashCommand({
      command: '/activity',
      text: 'plan Onboarding Pia',
      userId: 'USVEN',
      channelId: 'CSALES',
    });
    const unknown = t.double.ephemeralMessages({ user: 'USVEN' }).at(-1)?.text;
    expect(unknown).toContain(
      'Texten börjar inte med namnet på någon plan. Planer du kan starta: ”Christmas follow-up”, ”New customer”, ”Tripwire”.',
    );
    expect(unknown).toContain('Så här: `/activity plan <plan> <person>`');
    const answer = await t.slack.slashCommand({
      command: '/activity',
      text: 'plan New customer Nobody Here',
      userId: 'UANNA',
      channelId: 'CSALES',
    });
    expect(JSON.stringify(answer)).toContain('No person matches “Nobody Here”.');
  });
});
