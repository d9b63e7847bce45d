import type { PrismaClient } from '../../../src/generated/prisma/client';
import { shown } from '../../support/fixtures/contacts';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('/contact <text>', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let workspaceId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    prisma = t.app.database.prisma;
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    workspaceId = (await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: t.double.teamId } })).id;
    const other = await prisma.workspace.create({ data: { slackTeamId: 'TOTHER', name: 'Other' } });
    const bygg = await prisma.organization.create({
      data: { workspaceId, name: 'Östergrens Bygg AB', orgNumber: '556036-0793' },
    });
    const persons = [
      {
        name: 'Åsa Östergren',
        email: 'asa@ostergren.se',
        phone: '+46 70-123 45 67',
        organizationId: bygg.id,
      },
      { name: 'Pia Lindqvist', email: 'pia@example.se', externalId: 'CRM-77' },
      { name: 'Anders Berg' },
      { name: 'Arkiverad Östergren', archived: true },
      { name: 'Bo Ek' },
      { name: 'Per Åberg' },
      { name: 'Eva Lund' },
    ];
    for (const person of persons)
      ids[person.name] = (await prisma.person.create({ data: { workspaceId, ...person } })).id;
    await prisma.person.create({ data: { workspaceId: other.id, name: 'Östergren I Annan Arbetsyta' } });
    ids.bygg = bygg.id;
  });
  afterAll(() => t.stop());

  async function contact(text: string, userId = 'UANNA') {
    const result = await t.slack.slashCommand({
      command: '/contact',
      text,
      userId,
      channelId: 'CSALES',
    });
    expect(result.status).toBe(200);
    expect(result.ack?.response_type).toBe('ephemeral');
    return result.ack!;
  }

  it('finds Östergren without the accents, persons and organizations, never archived or other workspaces', async () => {
    const answer = shown(await contact('Ostergren'));
    expect(answer).toContain('Åsa Östergren');
    expect(answer).toContain('Östergrens Bygg AB');
    expect(answer).not.toContain('Arkiverad');
    expect(answer).not.toContain('Annan Arbetsyta');
    expect(answer).toContain(`"action_id":"contact_show_person:${ids['Åsa Östergren']}"`);
    expect(answer).toContain(`"action_id":"contact_show_organization:${ids.bygg}"`);
    expect(answer).toContain(`"action_id":"contact_edit_organization:${ids.bygg}"`);
  });

  it('shows the card of a single match at once, even misspelled', async () => {
    const answer = shown(await contact('Pia Lindqvst'));
    expect(answer).toContain('*Pia Lindqvist*');
    expect(answer).toContain('<mailto:pia@example.se|pia@example.se>');
    expect(answer).toContain('CRM-77');
    for (const action of ['activity_log_for_person', 'activity_list_for_person', 'contact_edit_person'])
      expect(answer).toContain(`"action_id":"${action}","value":"${ids['Pia Lindqvist']}"`);
  });

  it.each([
    ['Bergh', 'Anders Berg'],
    ['Lundh', 'Eva Lund'],
    ['Åbreg', 'Per Åberg'],
    ['Abreg', 'Per Åberg'],
    ['Ek', 'Bo Ek'],
    ['ek', 'Bo Ek'],
  ])('finds a short name by a typo or a word start: %s shows %s', async (typed, name) => {
    expect(shown(await contact(typed))).toContain(`*${name}*`);
  });

  it('finds a short name with a typo for a Swedish user, and answers in Swedish', async () => {
    const answer = shown(await contact('Lnud', 'USVEN'));
    expect(answer).toContain('*Eva Lund*');
    expect(answer).toContain('Registrera aktivitet');
    expect(shown(await contact('Bxrgh', 'USVEN'))).toContain('Ingen kontakt matchar ”Bxrgh”.');
  });

  it.each([['0701234567'], ['070-123 45 67'], ['+46701234567'], ['0046 70 123 45 67']])(
    'finds a phone number written as %s',
    async (phone) => {
      const answer = shown(await contact(phone));
      expect(answer).toContain('*Åsa Östergren*');
      expect(answer).toContain('Östergrens Bygg AB (556036-0793)');
    },
  );

  it('finds an organization by its number with or without the dash, and a person by external id', async () => {
    for (const number of ['5560360793', '556036-0793']) {
      const answer = shown(await contact(number));
      expect(answer).toContain('*Östergrens Bygg AB*');
      expect(answer).toContain('Åsa Östergren');
    }
    expect(shown(await contact('crm-77'))).toContain('*Pia Lindqvist*');
  });

  it('says when nothing matches, escaped, and offers to create the contact with that name', async () => {
    const answer = await contact('Zyxw <!channel>');
    expect(answer.text).toBe('No contact matches “Zyxw &lt;!channel&gt;”.');
    // Only the button's value (never shown) keeps the text as typed.
    expect(shown(answer).replace('"value":"Zyxw <!channel>"', '')).not.toContain('<!channel>');
    const message = t.double.ephemeralMessages({ user: 'UANNA' }).at(-1)!;
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'contact_open_new',
      container: { type: 'message', channelId: 'CSALES', messageTs: message.ts, isEphemeral: true },
    });
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.view(String((opened.response as { view: { id: string } }).view.id))!;
    expect(view.callback_id).toBe('contact_new');
    expect(shown(view.blocks)).toContain('"initial_value":"Zyxw <!channel>"');
  });

  it('treats text meant to break the SQL as text', async () => {
    const before = await prisma.person.count();
    const answer = await contact(`'; DROP TABLE "Person"; --`);
    expect(answer.text).toContain('No contact matches');
    expect(await prisma.person.count()).toBe(before);
    expect(shown(await contact('Berg'))).toContain('Anders Berg');
  });

  it('opens the full card from a result, in a new message', async () => {
    await contact('Ostergren');
    const list = t.double.ephemeralMessages({ user: 'UANNA' }).at(-1)!;
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: `contact_show_organization:${ids.bygg}`,
      container: { type: 'message', channelId: 'CSALES', messageTs: list.ts, isEphemeral: true },
    });
    await t.double.waitForCall('response_url', undefined, { since });
    const card = t.double.ephemeralMessages({ user: 'UANNA' }).at(-1)!;
    expect(card.ts).not.toBe(list.ts);
    expect(shown(card.blocks)).toContain('*Persons (1)*');
    expect(shown(card.blocks)).toContain('Åsa Östergren');
    expect(shown(list.blocks)).toContain('contact_show_person');
  });

  it('answers /contact and /contact help with the help', async () => {
    for (const text of ['', 'help']) expect(shown(await contact(text))).toContain('/contact new');
  });
});
