import { call, createToken } from '../../api/api-client';
import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import { adminModalSteps } from '../../support/fixtures/admin-modal';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

// Monday 2 March 2026, 10:00 in Stockholm.
const NOW = new Date('2026-03-02T09:00:00Z');
const SWEDISH = ['Inkommande samtal', 'Utgående samtal', 'Möte', 'E-post', 'SMS', 'Besök', 'Uppföljning'];
const ENGLISH = ['Incoming call', 'Outgoing call', 'Meeting', 'E-mail', 'SMS', 'Visit', 'Follow-up'];

/**
 * Activity types have a name per language, and every surface shows its reader's:
 * a Swedish user of an English-default workspace never picks "Meeting" in an
 * otherwise Swedish form (issue 14).
 */
describe('activity types in the reader’s language, in an English workspace', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let pia: { id: number; name: string };
  let meetingId: number;
  const prisma = () => t.app.database.prisma;
  const shown = (value: unknown) => JSON.stringify(value);
  const { openAdmin, pushForm } = adminModalSteps(() => t);

  function typeOptions(view: SlackView): string[] {
    const input = view.blocks.find((block) => String(block.block_id).startsWith('type.')) as {
      element: { options: { text: { text: string } }[] };
    };
    return input.element.options.map((option) => option.text.text);
  }

  async function command(userId: string, text: string) {
    return t.slack.slashCommand({ command: '/activity', text, userId });
  }

  /** A command answered later through response_url (stats, export); what it answered. */
  async function answered(userId: string, text: string, until: string): Promise<string> {
    const since = t.double.calls.length;
    await command(userId, text);
    await t.double.waitForCall(until, undefined, { since });
    await t.app.idle();
    return shown(t.double.calls.slice(since).filter((c) => c.method === 'response_url'));
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    t.double.addUser({ id: 'USARA', name: 'sara', is_admin: true, locale: 'sv-SE' });
    pia = await addPerson(prisma(), (await workspaceOf(t)).id, { name: 'Pia Person' });
  });
  afterAll(() => t.stop());

  it('offers the types in each user’s language in the Log activity form', async () => {
    expect(typeOptions(await slack.openForm('USVEN'))).toEqual(SWEDISH);
    expect(typeOptions(await slack.openForm('UANNA'))).toEqual(ENGLISH);
  });

  it('a Swedish user logs a Möte: their card says Möte, an English colleague reads Meeting', async () => {
    const view = await slack.openForm('USVEN');
    const { result, since } = await slack.submit('USVEN', view.id, {
      Person: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) },
      Typ: 'Möte',
      Ämne: 'Demo av tjänsten',
    });
    expect(result.ack).toBeUndefined();
    const card = await slack.savedCard(since);
    expect(shown(card.blocks)).toContain('Möte');
    expect(shown(card.blocks)).not.toContain('Meeting');
    const saved = await prisma().activity.findFirstOrThrow({
      orderBy: { id: 'desc' },
      include: { type: true },
    });
    expect(saved.type.key).toBe('MEETING');
    meetingId = saved.id;

    const english = shown((await command('UANNA', `show ${meetingId}`)).ack);
    expect(english).toContain(`#${meetingId} · Meeting`);
    expect(english).not.toContain('Möte');
    const swedish = shown((await command('USVEN', `show ${meetingId}`)).ack);
    expect(swedish).toContain(`#${meetingId} · Möte`);
  });

  it('lists, the Home tab and the person card in the reader’s language', async () => {
    const list = shown((await command('USVEN', 'list')).ack);
    expect(list).toContain('Möte');
    expect(list).not.toContain('Meeting');

    const since = t.double.calls.length;
    await t.slack.appHomeOpened({ userId: 'USVEN' });
    await t.double.waitForCall('views.publish', undefined, { since });
    const home = shown(t.double.homeView('USVEN')?.blocks);
    expect(home).toContain('Möte');
    expect(home).not.toContain('Meeting');

    for (const [userId, name, other] of [
      ['USVEN', 'Möte', 'Meeting'],
      ['UANNA', 'Meeting', 'Möte'],
    ] as const) {
      const before = t.double.calls.length;
      const answer = await t.slack.slashCommand({ command: '/contact', text: pia.name, userId });
      await t.app.idle();
      const cards = shown([answer.ack, t.double.calls.slice(before)]);
      expect(cards).toContain(`#${meetingId} · ${name}`);
      expect(cards).not.toContain(other);
    }
  });

  it('names a changed type in the history in the reader’s language', async () => {
    const token = await createToken(t, ['activities:read', 'activities:write']);
    const patched = await call(t, 'PATCH', `/activities/${meetingId}`, {
      token,
      body: { type: 'OUTGOING_CALL' },
      headers: { 'If-Match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(shown((await command('USVEN', `show ${meetingId}`)).ack)).toContain(
      '*Typ*: Möte → Utgående samtal',
    );
    expect(shown((await command('UANNA', `show ${meetingId}`)).ack)).toContain(
      '*Type*: Meeting → Outgoing call',
    );
  });

  it('returns both names over the API and takes either language’s name', async () => {
    const token = await createToken(t, ['activities:read', 'activities:write'], 'CRM');
    await prisma().person.update({ where: { id: pia.id }, data: { externalId: 'CRM-PIA' } });
    const visit = await call<{ id: number; type: Record<string, unknown> }>(t, 'POST', '/activities', {
      token,
      body: { personExternalId: 'CRM-PIA', type: 'besök', subject: 'Visit booked', responsible: 'UANNA' },
    });
    expect(visit.status).toBe(201);
    expect(visit.body.type).toEqual({
      id: expect.any(Number),
      key: 'VISIT',
      name: 'Visit',
      names: { en: 'Visit', sv: 'Besök' },
    });
    const read = await call<{ type: Record<string, unknown> }>(t, 'GET', `/activities/${meetingId}`, {
      token,
    });
    expect(read.body.type).toMatchObject({
      key: 'OUTGOING_CALL',
      name: 'Outgoing call',
      names: { en: 'Outgoing call', sv: 'Utgående samtal' },
    });
  });

  it('counts by type in statistics and writes the CSV export in the reader’s language; a filter takes either name', async () => {
    const swedish = await answered('USVEN', 'stats month', 'response_url');
    expect(swedish).toContain('Utgående samtal');
    expect(swedish).not.toContain('Outgoing call');
    const english = await answered('UANNA', 'stats month besök', 'response_url');
    expect(english).toContain('Visit');
    expect(english).not.toContain('Besök');
    expect(await answered('USVEN', 'stats month visit', 'response_url')).toContain('Besök');

    for (const [userId, name, other] of [
      ['USVEN', 'Utgående samtal', 'Outgoing call'],
      ['UANNA', 'Outgoing call', 'Utgående samtal'],
    ] as const) {
      const since = t.double.calls.length;
      await command(userId, 'export month');
      const complete = await t.double.waitForCall('files.completeUploadExternal', undefined, { since });
      const fileId = String((complete.args.files as { id: string }[])[0]?.id);
      const csv = t.double.fileContent(fileId) ?? '';
      expect(csv).toContain(name);
      expect(csv).not.toContain(other);
      await t.app.idle();
    }
  });

  it('asks admins for both names of a new type, in their own language first; users see theirs', async () => {
    const swedishAdmin = await openAdmin('USARA');
    expect(shown(swedishAdmin.blocks)).toContain('på engelska: Incoming call');
    const form = await pushForm('USARA', swedishAdmin, 'admin_type_add_open', 'admin_type_add');
    const labels = form.blocks.map((block) => (block as { label?: { text: string } }).label?.text);
    expect(labels).toEqual(['Namn på svenska', 'Namn på engelska']);
    const refused = await t.slack.viewSubmission({
      userId: 'USARA',
      viewId: form.id,
      fill: { 'Namn på svenska': 'Mässa', 'Namn på engelska': '   ' },
    });
    expect(refused.ack).toEqual({ response_action: 'errors', errors: { type_name_en: 'Ange ett namn.' } });
    const saved = await t.slack.viewSubmission({
      userId: 'USARA',
      viewId: form.id,
      fill: { 'Namn på svenska': 'Mässa', 'Namn på engelska': 'Trade fair' },
    });
    expect(saved.ack).toBeUndefined();
    await t.app.idle();
    expect(shown(t.double.view(swedishAdmin.id)?.blocks)).toContain('*Mässa* är tillagd.');

    expect(typeOptions(await slack.openForm('USVEN'))).toEqual([...SWEDISH, 'Mässa']);
    expect(typeOptions(await slack.openForm('UANNA'))).toEqual([...ENGLISH, 'Trade fair']);
    const englishAdmin = await openAdmin('UADMIN');
    expect(shown(englishAdmin.blocks)).toContain('*8. Trade fair*\\nin Swedish: Mässa');
  });
});
