import { addPerson, workspaceOf } from '../../support/fixtures/activities';
import { addActivity } from '../../support/fixtures/contacts';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('/activity admin: data protection (product §8)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    t.double.addUser({ id: 'USVADMIN', name: 'sara', is_owner: true, locale: 'sv-SE' });
    t.double.addUser({ id: 'USTAFF', name: 'sam' });
  });
  afterAll(() => t.stop());

  const prisma = () => t.app.database.prisma;
  const shown = (view: SlackView | undefined) => JSON.stringify(view?.blocks ?? []);

  async function step(method: string, action: () => Promise<unknown>) {
    const since = t.double.calls.length;
    await action();
    return t.double.waitForCall(method, undefined, { since });
  }

  async function openForm(userId: string): Promise<{ list: SlackView; form: SlackView }> {
    await step('views.open', () => t.slack.slashCommand({ command: '/activity', text: 'admin', userId }));
    const list = t.double.latestView(userId) as SlackView;
    expect(shown(list)).toContain('admin_privacy_open');
    await step('views.push', () =>
      t.slack.blockActions({
        userId,
        actionId: 'admin_privacy_open',
        container: { type: 'view', viewId: list.id },
      }),
    );
    const form = t.double.latestView(userId) as SlackView;
    expect(form.callback_id).toBe('admin_privacy_choose');
    return { list, form };
  }

  async function customer(name: string, subject: string, privateSubject?: string) {
    const workspace = await workspaceOf(t);
    const person = await addPerson(prisma(), workspace.id, { name });
    await prisma().person.update({ where: { id: person.id }, data: { email: `${person.id}@kund.se` } });
    const staff = await prisma().employee.findFirstOrThrow({ where: { slackUserId: 'USTAFF' } });
    const activity = (subject: string, isPrivate: boolean) =>
      addActivity(prisma(), {
        workspaceId: workspace.id,
        personId: person.id,
        responsibleId: staff.id,
        subject,
        startAt: new Date('2026-03-01T10:00:00Z'),
        isPrivate,
      });
    await activity(subject, false);
    if (privateSubject) await activity(privateSubject, true);
    return person;
  }

  it('shows a Data protection section to admins; staff never get the form or the picker', async () => {
    await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'USTAFF' });
    const { list } = await openForm('UADMIN');
    expect(shown(list)).toContain('Data protection');
    const options = await t.slack.blockSuggestion({
      userId: 'USTAFF',
      actionId: 'admin_privacy_person',
      value: '',
    });
    expect(options.ack).toEqual({
      options: [{ text: { type: 'plain_text', text: 'Admins only' }, value: '0' }],
    });
  });

  it('exports a person as JSON to the admin’s DM and says so in the admin modal', async () => {
    const person = await customer('Klara <!channel> Kund', 'Offer for Klara', 'Private chat with Klara');
    await prisma().person.update({ where: { id: person.id }, data: { archived: true } });
    const { list, form } = await openForm('UADMIN');
    expect(shown(form)).toContain('An export includes private and deleted activities');
    const options = await t.slack.blockSuggestion({
      userId: 'UADMIN',
      actionId: 'admin_privacy_person',
      value: 'klara',
      viewId: form.id,
    });
    expect(options.ack).toEqual({
      options: [
        { text: { type: 'plain_text', text: 'Klara <!channel> Kund (archived)' }, value: String(person.id) },
      ],
    });
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({
      userId: 'UADMIN',
      viewId: form.id,
      fill: { Person: String(person.id), 'What to do': 'export' },
    });
    expect(result.ack).toBeUndefined();
    const complete = await t.double.waitForCall('files.completeUploadExternal', undefined, { since });
    expect(complete.args.channel_id).toBe(t.double.dmChannelFor('UADMIN'));
    const file = t.double.uploadedFiles().at(-1);
    const data = JSON.parse(t.double.fileContent(file?.id ?? '') ?? '{}');
    expect(data.person).toMatchObject({ id: person.id, name: 'Klara <!channel> Kund', archived: true });
    expect(data.activities.map((a: { subject: string }) => a.subject)).toEqual([
      'Offer for Klara',
      'Private chat with Klara',
    ]);
    // The file's comment is mrkdwn posted in the DM: the name in it must notify nobody.
    expect(complete.args.initial_comment).toBe(
      'Everything Touchbase stores about Klara &lt;!channel&gt; Kund (a GDPR data export): 2 activities, private ones included (1). Handle it with care.',
    );
    await t.double.waitForCall('views.update', (call) => call.args.view_id === list.id, { since });
    expect(shown(t.double.view(list.id))).toContain(
      'Sent the data of *Klara &lt;!channel&gt; Kund* to your direct messages: 2 activities, 1 of them private (private activities are included, as the right of access requires; the audit log says so).',
    );
    const audit = await prisma().auditLog.findFirstOrThrow({
      where: { action: 'person.exported', targetId: String(person.id) },
    });
    expect(audit.details).toEqual({
      activities: 2,
      privateActivities: 1,
      deletedActivities: 0,
      includesPrivateActivities: true,
      includesDeletedActivities: true,
    });
  });

  it('says in Swedish that the export includes private activities', async () => {
    const person = await customer('Svea Svensk', 'Offert', 'Privat samtal');
    const { list, form } = await openForm('USVADMIN');
    expect(shown(form)).toContain('Exporten innehåller även privata och raderade aktiviteter');
    const since = t.double.calls.length;
    await t.slack.viewSubmission({
      userId: 'USVADMIN',
      viewId: form.id,
      fill: { Person: String(person.id), 'Vad vill du göra?': 'export' },
    });
    const complete = await t.double.waitForCall('files.completeUploadExternal', undefined, { since });
    expect(complete.args.initial_comment).toContain('2 aktiviteter, även privata (1)');
    await t.double.waitForCall('views.update', (call) => call.args.view_id === list.id, { since });
    expect(shown(t.double.view(list.id))).toContain('2 aktiviteter, varav 1 privat');
  });

  it('asks before erasing, with the counts, in Swedish; erasing deletes and the modal says how much', async () => {
    const person = await customer('Rut Radera', 'Samtal med Rut');
    const { list, form } = await openForm('USVADMIN');
    const ask = await t.slack.viewSubmission({
      userId: 'USVADMIN',
      viewId: form.id,
      fill: { Person: String(person.id), 'Vad vill du göra?': 'erase' },
    });
    expect(ask.ack).toMatchObject({
      response_action: 'update',
      view: { callback_id: 'admin_privacy_erase' },
    });
    const confirm = t.double.latestView('USVADMIN') as SlackView;
    expect(shown(confirm)).toContain('Radera *Rut Radera* för gott?');
    expect(shown(confirm)).toContain('1 aktivitet');
    expect(await prisma().person.count({ where: { id: person.id } })).toBe(1);

    const since = t.double.calls.length;
    const done = await t.slack.viewSubmission({ userId: 'USVADMIN', viewId: confirm.id, fill: {} });
    expect(done.ack).toBeUndefined();
    await t.double.waitForCall('views.update', (call) => call.args.view_id === list.id, { since });
    expect(shown(t.double.view(list.id))).toContain(
      'Personen är raderad, liksom 1 aktivitet och 0 historikposter.',
    );
    expect(await prisma().person.count({ where: { id: person.id } })).toBe(0);
    expect(await prisma().activity.count({ where: { personId: person.id } })).toBe(0);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'person.erased' } });
    expect(JSON.stringify(audit)).not.toContain('Rut');
  });

  it('says next to the field when the chosen person is gone meanwhile, and erases nothing', async () => {
    const person = await customer('Gone Meanwhile', 'Call');
    const { form } = await openForm('UADMIN');
    await prisma().person.delete({ where: { id: person.id } });
    const before = await prisma().auditLog.count();
    const result = await t.slack.viewSubmission({
      userId: 'UADMIN',
      viewId: form.id,
      fill: { Person: String(person.id), 'What to do': 'erase' },
    });
    expect(result.ack).toEqual({
      response_action: 'errors',
      errors: { admin_privacy_person: 'That person is not in the register (any more).' },
    });
    expect(await prisma().auditLog.count()).toBe(before);
  });

  it('keeps the form open when the person is gone before an export, and sends nothing', async () => {
    const person = await customer('Gone Before Export', 'Call');
    const { form } = await openForm('UADMIN');
    await prisma().person.delete({ where: { id: person.id } });
    const since = t.double.calls.length;
    const result = await t.slack.viewSubmission({
      userId: 'UADMIN',
      viewId: form.id,
      fill: { Person: String(person.id), 'What to do': 'export' },
    });
    expect(result.ack).toEqual({
      response_action: 'errors',
      errors: { admin_privacy_person: 'That person is not in the register (any more).' },
    });
    expect(t.double.isViewOpen(form.id)).toBe(true);
    expect(t.double.calls.slice(since).filter((call) => call.method.startsWith('files.'))).toHaveLength(0);
  });
});
