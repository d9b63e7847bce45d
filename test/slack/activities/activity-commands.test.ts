import { messages } from '../../../src/i18n';
import {
  activitySlack,
  addOrganization,
  addPerson,
  SettableClock,
  typeByKey,
  workspaceOf,
} from '../../support/fixtures/activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');
const en = messages('en');

describe('/activity list, show, edit and done, and who sees what', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let clock: SettableClock;
  let workspaceId: number;
  let pia: { id: number; name: string };
  let privateForBen: number;
  const prisma = () => t.app.database.prisma;

  async function command(userId: string, text: string) {
    return t.slack.slashCommand({ command: '/activity', text, userId });
  }

  /**
   * Logs a meeting through the modal; `typeLabel` is the Type input's label in the user's
   * language, `typeName` the meeting type's name there.
   */
  async function logActivity(
    userId: string,
    fill: Record<string, unknown>,
    typeLabel = 'Type',
    typeName = 'Meeting',
  ): Promise<number> {
    const view = await slack.openForm(userId);
    const { result, since } = await slack.submit(userId, view.id, {
      Person: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) },
      [typeLabel]: typeName,
      ...fill,
    });
    expect(result.ack).toBeUndefined();
    await slack.savedCard(since);
    return (await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
  }

  const shown = (value: unknown) => JSON.stringify(value);

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
    t.double.addUser({ id: 'UCARL', name: 'carl' });
    t.double.addUser({ id: 'UADMIN', name: 'boss', is_admin: true });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    workspaceId = (await workspaceOf(t)).id;
    const acme = await addOrganization(prisma(), workspaceId, 'Acme AB');
    pia = await addPerson(prisma(), workspaceId, { name: 'Pia Person', organizationId: acme.id });
    // Logged by Anna for Ben, only visible to Ben.
    privateForBen = await logActivity('UANNA', {
      Subject: 'Salary talk',
      Responsible: 'UBEN',
      'Only visible to responsible': true,
    });
  });
  afterAll(() => t.stop());

  describe('a private activity', () => {
    const missing = 987_654;

    it('is visible to its responsible in list and show', async () => {
      expect(shown((await command('UBEN', 'list')).ack)).toContain('Salary talk');
      expect(shown((await command('UBEN', `show ${privateForBen}`)).ack)).toContain('Salary talk');
    });

    it.each([
      ['its creator', 'UANNA'],
      ['another user', 'UCARL'],
      ['an admin', 'UADMIN'],
    ])('is invisible to %s in every command, answered exactly like a missing one', async (_who, userId) => {
      for (const text of ['list all', 'list all <@UBEN|ben>', 'list open <@UBEN>']) {
        const list = await command(userId, text);
        expect(list.ack?.response_type).toBe('ephemeral');
        expect(shown(list.ack)).not.toContain('Salary talk');
        expect(shown(list.ack)).not.toContain(`#${privateForBen}`);
      }
      const show = await command(userId, `show ${privateForBen}`);
      const showMissing = await command(userId, `show ${missing}`);
      expect(show.ack?.text).toBe(en.activities.errors.notFound(privateForBen));
      expect(showMissing.ack?.text).toBe(en.activities.errors.notFound(missing));

      const done = await command(userId, `done ${privateForBen}`);
      expect(done.ack?.text).toBe(en.activities.errors.notFound(privateForBen));

      const since = t.double.calls.length;
      const edit = await command(userId, `edit ${privateForBen}`);
      expect(edit.ack).toBeUndefined();
      const answer = await t.double.waitForCall('response_url', undefined, { since });
      expect(answer.args).toMatchObject({ text: en.activities.errors.notFound(privateForBen) });
      expect(t.double.calls.slice(since).some((c) => c.method === 'views.open')).toBe(false);

      expect(await prisma().activity.findUniqueOrThrow({ where: { id: privateForBen } })).toMatchObject({
        status: 'NOT_STARTED',
        version: 1,
      });
    });

    it('is left out of a person’s activity list for everyone but its responsible', async () => {
      const listFor = async (userId: string) => {
        const dm = t.double.dmChannelFor(userId);
        const card = t.double.workspace.channels.post(dm, {
          text: 'person card',
          blocks: [
            {
              type: 'actions',
              elements: [
                {
                  type: 'button',
                  action_id: 'activity_list_for_person',
                  text: { type: 'plain_text', text: 'All activities' },
                  value: String(pia.id),
                },
              ],
            },
          ],
        });
        const since = t.double.calls.length;
        await t.slack.blockActions({
          userId,
          actionId: 'activity_list_for_person',
          container: { type: 'message', channelId: dm, messageTs: card.ts },
        });
        return (await t.double.waitForCall('response_url', undefined, { since })).args;
      };
      const forAnna = await listFor('UANNA');
      expect(forAnna).toMatchObject({ replace_original: false });
      expect(shown(forAnna)).toContain('Activities with Pia Person: all');
      expect(shown(forAnna)).not.toContain('Salary talk');
      expect(shown(await listFor('UBEN'))).toContain('Salary talk');
    });
  });

  it('lists the user’s open activities newest first, each with its buttons, escaped', async () => {
    const older = await logActivity('UCARL', {
      Subject: '<!here> older',
      Start: new Date('2026-02-20T09:00:00Z'),
    });
    const newer = await logActivity('UCARL', { Subject: 'newer', Start: new Date('2026-03-05T09:00:00Z') });
    await logActivity('UCARL', { Subject: 'finished', Status: 'Done' });
    const list = await command('UCARL', 'list');
    const text = shown(list.ack);
    expect(list.ack?.text).toBe('Your activities: open');
    expect(text.indexOf(`#${newer}`)).toBeLessThan(text.indexOf(`#${older}`));
    expect(text).toContain(`activity_done:${newer}`);
    expect(text).toContain('&lt;!here&gt; older');
    expect(text).not.toContain('<!here>');
    expect(text).not.toContain('finished');
    expect(shown((await command('UCARL', 'list overdue')).ack)).toContain(`#${older}`);
    expect(shown((await command('UCARL', 'list overdue')).ack)).not.toContain(`#${newer}`);
    expect(shown((await command('UCARL', 'list done')).ack)).toContain('finished');
    expect(shown((await command('UCARL', 'list ALL')).ack)).toContain('finished');
  });

  it('lists what is due today in the responsible’s own day', async () => {
    const today = await logActivity('UCARL', {
      Subject: 'later today',
      Start: new Date('2026-03-02T15:00:00Z'),
    });
    const list = shown((await command('UCARL', 'list today')).ack);
    expect(list).toContain(`#${today}`);
    expect(list).not.toContain('newer');
  });

  it('takes the Swedish filter words, whatever the user’s language', async () => {
    t.double.addUser({ id: 'UEVA', name: 'eva' });
    await logActivity('UEVA', { Subject: 'late one', Start: new Date('2026-02-20T09:00:00Z') });
    await logActivity('UEVA', { Subject: 'due today', Start: new Date('2026-03-02T15:00:00Z') });
    await logActivity('UEVA', { Subject: 'next month', Start: new Date('2026-04-01T09:00:00Z') });
    await logActivity('UEVA', { Subject: 'wrapped up', Status: 'Done' });
    const list = async (words: string) => shown((await command('UEVA', `list ${words}`)).ack);
    expect(await list('försenade')).toContain('late one');
    expect(await list('försenad')).not.toContain('due today');
    expect(await list('i dag')).toContain('due today');
    expect(await list('idag')).not.toContain('late one');
    expect(await list('klara')).toContain('wrapped up');
    expect(await list('klar')).not.toContain('next month');
    expect(await list('öppna')).toContain('next month');
    expect(await list('öppen')).not.toContain('wrapped up');
    expect(await list('alla')).toContain('wrapped up');
    expect((await command('USVEN', 'list försenade')).ack?.text).toBe('Dina aktiviteter: försenade');
    expect((await command('USVEN', 'list i dag <@UEVA>')).ack?.text).toBe(
      'Aktiviteter för <@UEVA>: förfaller idag',
    );
    const unknown = await command('USVEN', 'list ibland');
    expect(unknown.ack?.text).toContain('Jag förstod inte ”ibland”');
    expect(unknown.ack?.text).toContain('försenade');
  });

  it('marks an activity done from the list, redrawing the list in place', async () => {
    const id = await logActivity('UANNA', { Subject: 'From the list' });
    await command('UANNA', 'list');
    const list = slack.lastEphemeral('UANNA');
    clock.advance(60_000);
    const updated = await slack.pressInEphemeral('UANNA', list.ts, list.channel, `activity_done:${id}`);
    expect(await prisma().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'DONE',
      endAt: clock.now(),
    });
    expect(updated.text).toContain(`Activity #${id} is done.`);
    expect(shown(updated.blocks)).toContain('Your activities: open');
    expect(shown(updated.blocks)).toContain('From the list');
    expect(shown(updated.blocks)).not.toContain(`activity_done:${id}`);
  });

  it('pages ten at a time with More', async () => {
    const dora = t.double.addUser({ id: 'UDORA', name: 'dora' });
    await command(dora.id, 'help');
    const employee = await prisma().employee.findFirstOrThrow({ where: { slackUserId: dora.id } });
    const type = await typeByKey(prisma(), workspaceId, 'EMAIL');
    await prisma().activity.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        workspaceId,
        personId: pia.id,
        typeId: type.id,
        subject: `bulk ${String(i).padStart(2, '0')}`,
        startAt: new Date(NOW.getTime() - i * 60_000),
        dueAt: new Date(NOW.getTime() - i * 60_000),
        responsibleId: employee.id,
        creatorId: employee.id,
      })),
    });
    await command(dora.id, 'list all');
    const first = slack.lastEphemeral(dora.id);
    const page1 = shown(first.blocks);
    expect(page1).toContain('bulk 00');
    expect(page1).toContain('bulk 09');
    expect(page1).not.toContain('bulk 10');
    expect(page1).toContain('activity_list_more');
    const second = await slack.pressInEphemeral(dora.id, first.ts, first.channel, 'activity_list_more');
    const page2 = shown(second.blocks);
    expect(second.text).toBe('Your activities: all · page 2');
    expect(page2).toContain('bulk 10');
    expect(page2).toContain('bulk 11');
    expect(page2).not.toContain('bulk 09');
    expect(page2).not.toContain('activity_list_more');
  });

  it('shows an activity with its history', async () => {
    const id = await logActivity('UANNA', { Subject: 'With history' });
    clock.advance(60_000);
    await command('UBEN', `done ${id}`);
    const show = await command('UANNA', `show ${id}`);
    const text = shown(show.ack);
    expect(text).toContain('*History*');
    expect(text).toContain('<@UBEN> changed *Status*: Not started → Done');
    expect(text).toContain('<@UANNA> created the activity');
    expect(text).toContain('Last changed 2 Mar 2026');
  });

  it('keeps showing an archived type on old activities, and keeps them editable', async () => {
    const id = await logActivity('UANNA', { Type: 'Visit', Subject: 'Old visit' });
    const visit = await typeByKey(prisma(), workspaceId, 'VISIT');
    await prisma().activityType.update({ where: { id: visit.id }, data: { archived: true } });
    try {
      expect(shown((await command('UANNA', `show ${id}`)).ack)).toContain(`#${id} · Visit`);
      const since = t.double.calls.length;
      await command('UANNA', `edit ${id}`);
      await t.double.waitForCall('views.open', undefined, { since });
      const form = t.double.latestView('UANNA')!;
      const type = form.blocks.find((b) => String(b.block_id).startsWith('type.')) as {
        element: { initial_option: { text: { text: string } } };
      };
      expect(type.element.initial_option.text.text).toBe('Visit (archived)');
      const saved = await slack.submit('UANNA', form.id, { Subject: 'Old visit, renamed' });
      expect(saved.result.ack).toBeUndefined();
      expect(await prisma().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({
        typeId: visit.id,
        subject: 'Old visit, renamed',
      });
      const fresh = await slack.openForm('UANNA');
      expect(JSON.stringify(fresh.blocks)).not.toContain('Visit');
    } finally {
      await prisma().activityType.update({ where: { id: visit.id }, data: { archived: false } });
    }
  });

  it('answers a Swedish user in Swedish', async () => {
    const id = await logActivity('USVEN', { Ämne: 'Svenskt möte' }, 'Typ', 'Möte');
    const show = shown((await command('USVEN', `show ${id}`)).ack);
    expect(show).toContain('Ej påbörjad');
    expect(show).toContain('Historik');
    expect(show).toContain('skapade aktiviteten');
    const done = await command('USVEN', `done ${id}`);
    expect(shown(done.ack)).toContain(`Aktivitet #${id} är klar.`);
    expect(shown((await command('USVEN', `done ${id}`)).ack)).toContain(`Aktivitet #${id} är redan klar.`);
    expect((await command('USVEN', 'list')).ack?.text).toBe('Dina aktiviteter: ej klara');
  });

  it('explains bad arguments with examples instead of failing', async () => {
    for (const text of ['show', 'show abc', 'edit 1 2', 'done #x']) {
      const answer = await command('UANNA', text);
      expect(answer.ack?.response_type).toBe('ephemeral');
      expect(answer.ack?.text).toContain('needs the number of an activity, for example');
      expect(answer.ack?.text).toContain('/activity list');
    }
    const list = await command('UANNA', 'list sometimes');
    expect(list.ack?.text).toContain('I did not understand “sometimes”');
    const nobody = await command('UANNA', 'list <@UNOBODY|ghost>');
    expect(nobody.ack?.text).toBe(en.activities.command.unknownUser);
    const mention = await command('UANNA', 'show <!channel>');
    expect(shown(mention.ack)).not.toContain('<!channel>');
    expect(shown((await command('UANNA', 'done #1')).ack)).not.toContain('needs the number');
  });

  it('takes unknown words as quick add, and routes admin to the admin command', async () => {
    const since = t.double.calls.length;
    const unknown = await command('UANNA', 'frobnicate now');
    expect(unknown.ack?.text).toBeUndefined();
    await t.double.waitForCall('views.open', undefined, { since });
    const admin = await command('UANNA', 'admin');
    expect(shown(admin.ack)).toContain(en.admin.notAdmin);
  });
});
