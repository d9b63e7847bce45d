import { ActivityTypeRepository } from '../../src/db/repositories/activity-type-repository';
import { movableClock } from '../support/fixtures/activity-types';
import { adminModalSteps } from '../support/fixtures/admin-modal';
import { keepTestDatabase } from '../support/kept-database';
import type { SlackView } from '../support/slack-double';
import { startTestApp, type TestApp } from '../support/test-app';

const DAY_MS = 24 * 60 * 60 * 1000;

// One database for both apps of the file, emptied before the second.
const database = keepTestDatabase();

describe('/activity admin: activity types (product §3.5)', () => {
  let t: TestApp;
  const { expectCall, openAdmin } = adminModalSteps(() => t);
  const clock = movableClock();

  beforeAll(async () => {
    t = await startTestApp({ clock, database, env: { ADMIN_SLACK_USER_IDS: 'UENVADMIN, UOTHER' } });
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    t.double.addUser({ id: 'UOWNER', name: 'olle', is_owner: true, locale: 'sv-SE' });
    t.double.addUser({ id: 'UENVADMIN', name: 'eve' });
    t.double.addUser({ id: 'USTAFF', name: 'sam' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    t.double.addUser({ id: 'UDEMOTED', name: 'dora', is_admin: true });
  });
  afterAll(() => t.stop());

  const prisma = () => t.app.database.prisma;

  async function workspaceId(): Promise<number> {
    return (await prisma().workspace.findFirstOrThrow()).id;
  }

  async function typesInOrder() {
    return prisma().activityType.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  }

  async function typeNamed(name: string) {
    return prisma().activityType.findFirstOrThrow({ where: { nameEn: name } });
  }

  async function auditActions(): Promise<string[]> {
    return (await prisma().auditLog.findMany({ orderBy: { id: 'asc' } })).map((row) => row.action);
  }

  function shown(view: SlackView | undefined): string {
    return JSON.stringify(view?.blocks ?? []);
  }

  function typeLines(view: SlackView | undefined): string[] {
    return (view?.blocks ?? [])
      .filter((block) => String(block.block_id).startsWith('admin_type:'))
      .map((block) => String((block.text as { text: string }).text).split('\n')[0]!);
  }

  async function chooseFromMenu(userId: string, view: SlackView, typeName: string, operation: string) {
    const type = await typeNamed(typeName);
    return t.slack.blockActions({
      userId,
      actionId: `admin_type_menu:${type.id}`,
      selectedOption: `${operation}:${type.id}`,
      container: { type: 'view', viewId: view.id },
    });
  }

  /** A menu choice that changes the type at once; resolves with the redrawn admin modal. */
  async function changeFromMenu(userId: string, view: SlackView, typeName: string, operation: string) {
    const call = await expectCall('views.update', () => chooseFromMenu(userId, view, typeName, operation));
    expect(call.response).toMatchObject({ ok: true });
    return t.double.view(view.id)!;
  }

  /** A menu choice that opens a form on top; resolves with that form. */
  async function formFromMenu(userId: string, view: SlackView, typeName: string, operation: string) {
    const call = await expectCall('views.push', () => chooseFromMenu(userId, view, typeName, operation));
    expect(call.response).toMatchObject({ ok: true });
    return t.double.latestView(userId)!;
  }

  async function submitForm(userId: string, form: SlackView, fill: Record<string, unknown>) {
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({ userId, viewId: form.id, fill });
    return { result, since };
  }

  describe('who may open it', () => {
    it('refuses a staff member politely, in English, and opens nothing', async () => {
      const opened = t.double.callsTo('views.open').length;
      const result = await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'USTAFF' });
      expect(result.ack?.response_type).toBe('ephemeral');
      expect(result.ack?.text).toContain('Only Touchbase admins');
      expect(result.ack?.text).toContain('Ask a Slack workspace admin or owner');
      expect(t.double.ephemeralMessages({ user: 'USTAFF' })).toHaveLength(1);
      expect(t.double.callsTo('views.open')).toHaveLength(opened);
    });

    it('refuses in Swedish to a Swedish user', async () => {
      const result = await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'USVEN' });
      expect(result.ack?.text).toContain('Bara Touchbase-administratörer');
      expect(result.ack?.text).toContain('administratör eller ägare av Slack-arbetsytan');
    });

    it('opens for a Slack admin, listing the seven starting types', async () => {
      const view = await openAdmin('UADMIN');
      expect(view.title).toMatchObject({ text: 'Touchbase admin' });
      expect(typeLines(view)).toEqual([
        '*1. Incoming call*',
        '*2. Outgoing call*',
        '*3. Meeting*',
        '*4. E-mail*',
        '*5. SMS*',
        '*6. Visit*',
        '*7. Follow-up*',
      ]);
      expect(shown(view)).toContain('due in 2 working days · follow-up: Follow-up');
    });

    it('opens for an owner, in Swedish', async () => {
      const view = await openAdmin('UOWNER');
      expect(shown(view)).toContain('Aktivitetstyper');
      expect(shown(view)).toContain('Lägg till typ');
    });

    it('opens for a user named in ADMIN_SLACK_USER_IDS', async () => {
      const view = await openAdmin('UENVADMIN');
      expect(typeLines(view)).toHaveLength(7);
    });
  });

  describe('changing types', () => {
    let list: SlackView;
    beforeAll(async () => {
      list = await openAdmin('UADMIN');
    });

    it('adds a type at the end and redraws the list', async () => {
      const push = await expectCall('views.push', () =>
        t.slack.blockActions({
          userId: 'UADMIN',
          actionId: 'admin_type_add_open',
          container: { type: 'view', viewId: list.id },
        }),
      );
      expect(push.response).toMatchObject({ ok: true });
      const form = t.double.latestView('UADMIN')!;
      expect(form.callback_id).toBe('admin_type_add');
      const { result, since } = await submitForm('UADMIN', form, {
        'Name in English': ' Trade fair ',
        'Name in Swedish': 'Mässa',
      });
      expect(result.ack).toBeUndefined();
      expect(t.double.isViewOpen(form.id)).toBe(false);
      const redraw = await t.double.waitForCall('views.update', undefined, { since });
      expect(redraw.args.view_id).toBe(list.id);
      list = t.double.view(list.id)!;
      expect(typeLines(list).at(-1)).toBe('*8. Trade fair*');
      expect(shown(list)).toContain('Added *Trade fair*.');
      expect(await typeNamed('Trade fair')).toMatchObject({ nameSv: 'Mässa', position: 8, archived: false });
      expect(await auditActions()).toEqual(['activity_type.added']);
    });

    it('refuses a duplicate name next to the field and keeps the form open; then renames', async () => {
      const form = await formFromMenu('UADMIN', list, 'Trade fair', 'rename');
      expect(form.callback_id).toBe('admin_type_rename');
      const refused = await submitForm('UADMIN', form, { 'Name in English': 'meeting' });
      expect(refused.result.ack).toEqual({
        response_action: 'errors',
        errors: { type_name_en: 'An active type is already called “Meeting”.' },
      });
      expect(t.double.isViewOpen(form.id)).toBe(true);
      expect(
        await prisma().activityType.count({ where: { nameEn: { equals: 'meeting', mode: 'insensitive' } } }),
      ).toBe(1);

      const saved = await submitForm('UADMIN', form, {
        'Name in English': 'Exhibition',
        'Name in Swedish': 'Utställning',
      });
      expect(saved.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: saved.since });
      list = t.double.view(list.id)!;
      expect(typeLines(list).at(-1)).toBe('*8. Exhibition*');
      expect(shown(list)).toContain('Saved *Exhibition*.');
      const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'activity_type.renamed' } });
      expect(audit.details).toEqual({
        from: { en: 'Trade fair', sv: 'Mässa' },
        to: { en: 'Exhibition', sv: 'Utställning' },
      });
    });

    it('moves a type to a position chosen in the rename form', async () => {
      const form = await formFromMenu('UADMIN', list, 'Exhibition', 'rename');
      const saved = await submitForm('UADMIN', form, { Position: '2' });
      expect(saved.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: saved.since });
      list = t.double.view(list.id)!;
      expect(typeLines(list).slice(0, 3)).toEqual([
        '*1. Incoming call*',
        '*2. Exhibition*',
        '*3. Outgoing call*',
      ]);
      expect((await typesInOrder()).map((type) => type.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('moves a type up and down with the menu', async () => {
      list = await changeFromMenu('UADMIN', list, 'SMS', 'up');
      expect(typeLines(list).slice(4, 6)).toEqual(['*5. SMS*', '*6. E-mail*']);
      expect(shown(list)).toContain('Moved *SMS* to position 5.');
      list = await changeFromMenu('UADMIN', list, 'Exhibition', 'down');
      expect(typeLines(list).slice(0, 3)).toEqual([
        '*1. Incoming call*',
        '*2. Outgoing call*',
        '*3. Exhibition*',
      ]);
      const names = (await typesInOrder()).map((type) => type.nameEn);
      expect(names).toEqual([
        'Incoming call',
        'Outgoing call',
        'Exhibition',
        'Meeting',
        'SMS',
        'E-mail',
        'Visit',
        'Follow-up',
      ]);
    });

    it('archives a type: still listed for admins, no longer offered to users; and unarchives it', async () => {
      list = await changeFromMenu('UADMIN', list, 'Visit', 'archive');
      expect(typeLines(list)).toContain('*7. Visit* _(archived)_');
      const types = new ActivityTypeRepository(prisma());
      expect((await types.listActive(await workspaceId())).map((type) => type.nameEn)).not.toContain('Visit');

      list = await changeFromMenu('UADMIN', list, 'Visit', 'unarchive');
      expect(typeLines(list)).toContain('*7. Visit*');
      expect(shown(list)).toContain('*Visit* can be chosen again.');
      expect((await types.listActive(await workspaceId())).map((type) => type.nameEn)).toContain('Visit');
    });

    it('sets the defaults of a type and shows them in the list', async () => {
      const form = await formFromMenu('UADMIN', list, 'Meeting', 'defaults');
      expect(form.callback_id).toBe('admin_type_defaults');
      const saved = await submitForm('UADMIN', form, {
        'Default subject': 'Quarterly <!channel> review',
        'Due after (working days)': '3',
        'Suggested follow-up type': 'Visit',
      });
      expect(saved.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: saved.since });
      const visit = await typeNamed('Visit');
      expect(await typeNamed('Meeting')).toMatchObject({
        defaultSubject: 'Quarterly <!channel> review',
        defaultDueDays: 3,
        followUpTypeId: visit.id,
      });
      list = t.double.view(list.id)!;
      expect(shown(list)).toContain(
        'subject “Quarterly &lt;!channel&gt; review” · due in 3 working days · follow-up: Visit',
      );
      expect(shown(list)).not.toContain('<!channel>');

      const again = await formFromMenu('UADMIN', list, 'Meeting', 'defaults');
      const cleared = await submitForm('UADMIN', again, {
        'Default subject': null,
        'Due after (working days)': null,
        'Suggested follow-up type': 'No follow-up',
      });
      expect(cleared.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: cleared.since });
      expect(await typeNamed('Meeting')).toMatchObject({
        defaultSubject: null,
        defaultDueDays: null,
        followUpTypeId: null,
      });
    });

    it('sets a type’s reminder lead, prefilled with the current one, and turns it off (product §5.4)', async () => {
      const form = await formFromMenu('UADMIN', list, 'Meeting', 'defaults');
      const select = form.blocks.find((block) => block.block_id === 'type_reminder_lead') as
        | { element: { initial_option: { text: { text: string } }; options: { text: { text: string } }[] } }
        | undefined;
      expect(select?.element.initial_option.text.text).toBe('15 minutes before');
      expect(select?.element.options.map((option) => option.text.text)).toEqual([
        'No reminder',
        'At the start',
        '5 minutes before',
        '15 minutes before',
        '30 minutes before',
        '1 hour before',
        '1 day before',
      ]);
      const saved = await submitForm('UADMIN', form, { Reminder: '1 hour before' });
      expect(saved.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: saved.since });
      expect((await typeNamed('Meeting')).reminderLeadMinutes).toBe(60);
      list = t.double.view(list.id)!;
      expect(shown(list)).toContain('reminder: 1 hour before');
      const again = await formFromMenu('UADMIN', list, 'Meeting', 'defaults');
      const off = await submitForm('UADMIN', again, { Reminder: 'No reminder' });
      expect(off.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: off.since });
      expect((await typeNamed('Meeting')).reminderLeadMinutes).toBeNull();
      const restored = await formFromMenu('UADMIN', t.double.view(list.id)!, 'Meeting', 'defaults');
      const back = await submitForm('UADMIN', restored, { Reminder: '15 minutes before' });
      await t.double.waitForCall('views.update', undefined, { since: back.since });
      list = t.double.view(list.id)!;
    });

    it('turns asking for the outcome on for a type, with its duration (product §5.5)', async () => {
      const form = await formFromMenu('UADMIN', list, 'Outgoing call', 'defaults');
      const saved = await submitForm('UADMIN', form, {
        'After it ends': true,
        'Default duration (minutes)': '45',
      });
      expect(saved.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: saved.since });
      expect(await typeNamed('Outgoing call')).toMatchObject({
        askOutcome: true,
        defaultDurationMinutes: 45,
      });
      list = t.double.view(list.id)!;
      expect(shown(list)).toContain('asks how it went (lasts 45 min)');
      const again = await formFromMenu('UADMIN', list, 'Outgoing call', 'defaults');
      // Slack's client itself refuses a duration under 5 (min_value); the rules check it too.
      const off = await submitForm('UADMIN', again, {
        'After it ends': [],
        'Default duration (minutes)': '30',
      });
      expect(off.result.ack).toBeUndefined();
      await t.double.waitForCall('views.update', undefined, { since: off.since });
      expect(await typeNamed('Outgoing call')).toMatchObject({
        askOutcome: false,
        defaultDurationMinutes: 30,
      });
      list = t.double.view(list.id)!;
    });

    it('refuses a follow-up type archived while the form was open, next to its field', async () => {
      const form = await formFromMenu('UADMIN', list, 'Meeting', 'defaults');
      // The list under the form changes meanwhile, so the hash the form remembers goes stale.
      list = await changeFromMenu('UADMIN', list, 'Visit', 'archive');
      const refused = await submitForm('UADMIN', form, { 'Suggested follow-up type': 'Visit' });
      expect(refused.result.ack).toEqual({
        response_action: 'errors',
        errors: { type_follow_up: 'Choose an active type.' },
      });
      expect((await typeNamed('Meeting')).followUpTypeId).toBeNull();

      const saved = await submitForm('UADMIN', form, { 'Suggested follow-up type': 'Follow-up' });
      expect(saved.result.ack).toBeUndefined();
      const conflict = await t.double.waitForCall('views.update', undefined, { since: saved.since });
      expect(conflict.response).toMatchObject({ ok: false, error: 'hash_conflict' });
      const redraw = await t.double.waitForCall('views.update', (call) => call !== conflict, {
        since: saved.since,
      });
      expect(redraw.response).toMatchObject({ ok: true });
      list = t.double.view(list.id)!;
      expect(shown(list)).toContain('Saved the defaults of *Meeting*.');
      expect((await typeNamed('Meeting')).followUpTypeId).toBe((await typeNamed('Follow-up')).id);
      list = await changeFromMenu('UADMIN', list, 'Visit', 'unarchive');
    });

    it('refuses a stale button of a user who is not an admin, and changes nothing', async () => {
      const before = await typesInOrder();
      const audits = await auditActions();
      // Another admin modal, so the one the next tests use keeps its menus.
      const stale = await openAdmin('UADMIN');
      const refusal = await expectCall('views.update', () =>
        chooseFromMenu('USTAFF', stale, 'SMS', 'archive'),
      );
      expect(refusal.args.view_id).toBe(stale.id);
      expect(JSON.stringify(refusal.args.view)).toContain('Only Touchbase admins');
      expect(JSON.stringify(refusal.args.view)).not.toContain('admin_type_menu');
      expect(await typesInOrder()).toEqual(before);
      expect(await auditActions()).toEqual(audits);
    });

    it('refuses a form submitted by someone who is not an admin, and saves nothing', async () => {
      const adminList = await openAdmin('UENVADMIN');
      const form = await formFromMenu('UENVADMIN', adminList, 'SMS', 'rename');
      const before = await typesInOrder();
      const refused = await t.slack.viewSubmission({
        userId: 'USVEN',
        viewId: form.id,
        fill: { 'Name in English': 'Texts' },
      });
      // The form stays open with what was typed, the refusal next to the name.
      expect(refused.ack?.response_action).toBe('errors');
      expect(JSON.stringify(refused.ack?.errors)).toContain('Bara Touchbase-administratörer');
      expect(t.double.isViewOpen(form.id)).toBe(true);
      expect(await typesInOrder()).toEqual(before);
    });

    it('re-checks an admin who lost the role in Slack once the profile is refreshed', async () => {
      const view = await openAdmin('UDEMOTED');
      t.double.user('UDEMOTED')!.is_admin = false;
      clock.advance(DAY_MS + 60_000);
      const refusal = await expectCall('views.update', () => chooseFromMenu('UDEMOTED', view, 'SMS', 'up'));
      expect(JSON.stringify(refusal.args.view)).toContain('Only Touchbase admins');
      expect((await typeNamed('SMS')).position).toBe(5);
    });

    it('refuses to archive the last active type, saying why in the list', async () => {
      const types = await typesInOrder();
      for (const type of types.slice(1)) list = await changeFromMenu('UADMIN', list, type.nameEn, 'archive');
      list = await changeFromMenu('UADMIN', list, types[0]!.nameEn, 'archive');
      expect(shown(list)).toContain(
        ':warning: At least one type must stay active, so this one cannot be archived.',
      );
      expect(await prisma().activityType.count({ where: { archived: false } })).toBe(1);
      for (const type of types.slice(1))
        list = await changeFromMenu('UADMIN', list, type.nameEn, 'unarchive');
      expect(await prisma().activityType.count({ where: { archived: false } })).toBe(types.length);
    });

    it('wrote one audit row per change, naming the admin and no personal data', async () => {
      const rows = await prisma().auditLog.findMany({ include: { actor: true } });
      expect(new Set(rows.map((row) => row.actor?.slackUserId))).toEqual(new Set(['UADMIN']));
      expect(rows.every((row) => row.targetType === 'activity_type')).toBe(true);
      const actions = rows.map((row) => row.action);
      expect(actions.filter((action) => action === 'activity_type.added')).toHaveLength(1);
      // Three in the defaults tests, three in the reminder lead's, two in the outcome's.
      expect(actions.filter((action) => action === 'activity_type.defaults_changed')).toHaveLength(8);
      expect(JSON.stringify(rows.map((row) => row.details))).not.toContain('ada');
    });
  });

  describe('many types', () => {
    it('shows 40 types within Slack’s limits and every menu still works', async () => {
      const id = await workspaceId();
      const existing = await prisma().activityType.count();
      await prisma().activityType.createMany({
        data: Array.from({ length: 40 - existing }, (_, index) => ({
          workspaceId: id,
          nameEn: `Campaign ${index + 1}`,
          nameSv: `Kampanj ${index + 1}`,
          position: existing + index + 1,
        })),
      });
      const view = await openAdmin('UADMIN');
      expect(typeLines(view)).toHaveLength(40);
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      const last = `Campaign ${40 - existing}`;
      const moved = await changeFromMenu('UADMIN', view, last, 'up');
      expect(typeLines(moved)[38]).toBe(`*39. ${last}*`);
    });

    it('pages past 40 types', async () => {
      const id = await workspaceId();
      await prisma().activityType.createMany({
        data: Array.from({ length: 5 }, (_, index) => ({
          workspaceId: id,
          nameEn: `Extra ${index + 1}`,
          nameSv: `Extra ${index + 1}`,
          position: 41 + index,
        })),
      });
      const view = await openAdmin('UADMIN');
      expect(typeLines(view)).toHaveLength(40);
      expect(shown(view)).toContain('Types 1–40 of 45');
      const call = await expectCall('views.update', () =>
        t.slack.blockActions({
          userId: 'UADMIN',
          actionId: 'admin_types_page_next',
          container: { type: 'view', viewId: view.id },
        }),
      );
      expect(call.response).toMatchObject({ ok: true });
      const second = t.double.view(view.id)!;
      expect(typeLines(second)).toEqual([
        '*41. Extra 1*',
        '*42. Extra 2*',
        '*43. Extra 3*',
        '*44. Extra 4*',
        '*45. Extra 5*',
      ]);
      const archived = await changeFromMenu('UADMIN', second, 'Extra 5', 'archive');
      expect(shown(archived)).toContain('Types 41–45 of 45');
      expect(typeLines(archived).at(-1)).toBe('*45. Extra 5* _(archived)_');
    });
  });
});

describe('/activity admin over Socket Mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ mode: 'socket', database });
    t.double.addUser({ id: 'UADMIN', is_admin: true });
    t.double.addUser({ id: 'USTAFF' });
  });
  afterAll(() => t.stop());

  it('opens for an admin and refuses anyone else', async () => {
    await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'UADMIN' });
    const opened = await t.double.waitForCall('views.open');
    expect(opened.response).toMatchObject({ ok: true, view: { callback_id: 'admin_home' } });
    const refused = await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'USTAFF' });
    expect(refused.ack?.text).toContain('Only Touchbase admins');
    expect(t.double.callsTo('views.open')).toHaveLength(1);
  });
});
