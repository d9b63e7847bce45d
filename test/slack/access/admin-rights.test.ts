import { movableClock } from '../../support/fixtures/activity-types';
import { adminModalSteps } from '../../support/fixtures/admin-modal';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const MINUTE_MS = 60 * 1000;

/** Admin rights come from Slack's flags read minutes ago, not from a profile read once a day. */
describe('admin rights follow Slack within minutes', () => {
  let t: TestApp;
  const clock = movableClock(new Date('2026-03-02T09:00:00Z'));
  const { expectCall, openAdmin, pushForm } = adminModalSteps(() => t);
  const prisma = () => t.app.database.prisma;
  const usersInfoSince = (since: number) =>
    t.double.calls.slice(since).filter((call) => call.method === 'users.info' && call.args.user === 'UDORA');

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { ADMIN_SLACK_USER_IDS: 'UENVADMIN' } });
    t.double.addUser({ id: 'UDORA', name: 'dora', is_admin: true });
    t.double.addUser({ id: 'UENVADMIN', name: 'eve' });
    t.double.addUser({ id: 'UADA', name: 'ada', is_owner: true });
    t.double.addUser({ id: 'UTOM', name: 'tom', is_admin: true });
    t.double.addUser({ id: 'USARA', name: 'sara', is_admin: true, locale: 'sv-SE' });
    t.double.addUser({ id: 'UPER', name: 'per', is_admin: true });
  });

  /** A refused form stays open with what was typed in it (the refusal next to a field), as Slack keeps it. */
  const expectKeptOpen = (form: SlackView, blockId: string, typed: unknown) => {
    expect(t.double.isViewOpen(form.id)).toBe(true);
    expect(JSON.stringify(t.double.view(form.id)?.state.values[blockId])).toContain(JSON.stringify(typed));
  };
  afterAll(() => t.stop());

  it('an admin’s actions within a few minutes of the last look at Slack do not ask again', async () => {
    const since = t.double.calls.length;
    const list = await openAdmin('UDORA');
    clock.advance(2 * MINUTE_MS);
    await pushForm('UDORA', list, 'admin_type_add_open', 'admin_type_add');
    expect(usersInfoSince(since)).toHaveLength(1);
  });

  it('a Slack admin demoted 6 minutes ago can no longer save in /activity admin: the flags are read again first', async () => {
    const list = await openAdmin('UDORA');
    const form = await pushForm('UDORA', list, 'admin_type_add_open', 'admin_type_add');
    t.double.user('UDORA')!.is_admin = false;
    clock.advance(6 * MINUTE_MS);
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({
      userId: 'UDORA',
      viewId: form.id,
      fill: { 'Name in English': 'Webinar', 'Name in Swedish': 'Webbinarium' },
    });
    expect(result.ack).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(result.ack?.errors)).toContain('Only Touchbase admins');
    expectKeptOpen(form, 'type_name_en', 'Webinar');
    expect(await prisma().activityType.count({ where: { nameEn: 'Webinar' } })).toBe(0);
    expect(usersInfoSince(since)).toHaveLength(1);
  });

  it('nor create an API token with a form opened while still an admin, nor open /activity admin', async () => {
    const list = await openAdmin('UTOM');
    const form = await pushForm('UTOM', list, 'admin_token_add_open', 'admin_token_create');
    t.double.user('UTOM')!.is_admin = false;
    clock.advance(6 * MINUTE_MS);
    const result = await t.slack.viewSubmission({
      userId: 'UTOM',
      viewId: form.id,
      fill: { Name: 'Mail gateway', Scopes: ['activities:read'] },
    });
    expect(result.ack).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(result.ack?.errors)).toContain('Only Touchbase admins');
    expectKeptOpen(form, 'token_name', 'Mail gateway');
    expect(await prisma().apiToken.count()).toBe(0);
    const answer = await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'UTOM' });
    expect(JSON.stringify(answer.ack)).toContain('Only Touchbase admins');
  });

  it('nor save a team: the Swedish form stays open with what was typed and the refusal next to the name', async () => {
    const list = await openAdmin('USARA');
    const form = await pushForm('USARA', list, 'admin_team_add_open', 'admin_team_save');
    t.double.user('USARA')!.is_admin = false;
    clock.advance(6 * MINUTE_MS);
    const result = await t.slack.viewSubmission({
      userId: 'USARA',
      viewId: form.id,
      fill: { Namn: 'Säljteamet Norr' },
    });
    expect(result.ack).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(result.ack?.errors)).toContain('Bara Touchbase-administratörer');
    expectKeptOpen(form, 'team_name', 'Säljteamet Norr');
    expect(await prisma().team.count()).toBe(0);
  });

  it('nor export a person: the form stays open with the refusal next to the person, and nothing is sent', async () => {
    const workspace = await prisma().workspace.findFirstOrThrow();
    const person = await prisma().person.create({ data: { workspaceId: workspace.id, name: 'Pia Kund' } });
    const list = await openAdmin('UPER');
    const form = await pushForm('UPER', list, 'admin_privacy_open', 'admin_privacy_choose');
    t.double.user('UPER')!.is_admin = false;
    clock.advance(6 * MINUTE_MS);
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({
      userId: 'UPER',
      viewId: form.id,
      fill: { Person: String(person.id), 'What to do': 'export' },
    });
    expect(result.ack).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(result.ack?.errors)).toContain('Only Touchbase admins');
    expectKeptOpen(form, 'admin_privacy_person', String(person.id));
    expect(t.double.calls.slice(since).filter((call) => call.method.startsWith('files.'))).toHaveLength(0);
    expect(await prisma().auditLog.count({ where: { action: { startsWith: 'person.' } } })).toBe(0);
  });

  it('an admin whose flags cannot be read again (Slack failing) is no admin until they can', async () => {
    let list: SlackView = await openAdmin('UADA');
    clock.advance(6 * MINUTE_MS);
    t.double.fail('users.info', { error: 'fatal_error' });
    const refused = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'UADA',
        actionId: 'admin_guest_access',
        container: { type: 'view', viewId: list.id },
      }),
    );
    expect(JSON.stringify(refused.args.view)).toContain('Only Touchbase admins');
    expect((await prisma().workspace.findFirstOrThrow()).admitMultiChannelGuests).toBe(false);
    list = await openAdmin('UADA');
    expect(list.callback_id).toBe('admin_home');
  });

  it('ADMIN_SLACK_USER_IDS stay admins without asking Slack', async () => {
    await openAdmin('UENVADMIN');
    clock.advance(60 * MINUTE_MS);
    const since = t.double.calls.length;
    await openAdmin('UENVADMIN');
    expect(t.double.calls.slice(since).filter((call) => call.method === 'users.info')).toHaveLength(0);
  });
});
