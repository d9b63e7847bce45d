import type { PrismaClient } from '../../../src/generated/prisma/client';
import { shown } from '../../support/fixtures/contacts';
import type { EphemeralMessage, SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('editing contacts from their cards', () => {
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
    const first = await prisma.organization.create({ data: { workspaceId, name: 'Första Firman AB' } });
    const second = await prisma.organization.create({ data: { workspaceId, name: 'Andra Firman AB' } });
    ids.first = first.id;
    ids.second = second.id;
    ids.erik = (
      await prisma.person.create({
        data: { workspaceId, name: 'Erik Redigerbar', phone: '070 000 00 01', organizationId: first.id },
      })
    ).id;
    await prisma.person.create({ data: { workspaceId, name: 'Someone Else', email: 'else@example.se' } });
  });
  afterAll(() => t.stop());

  async function cardFor(userId: string, text: string): Promise<EphemeralMessage> {
    await t.slack.slashCommand({ command: '/contact', text, userId, channelId: 'CSALES' });
    return t.double.ephemeralMessages({ user: userId }).at(-1)!;
  }

  async function openEdit(userId: string, message: EphemeralMessage, actionId: string): Promise<SlackView> {
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId,
      actionId,
      container: { type: 'message', channelId: 'CSALES', messageTs: message.ts, isEphemeral: true },
    });
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    return t.double.view(String((opened.response as { view: { id: string } }).view.id))!;
  }

  async function save(userId: string, view: SlackView, fill: Record<string, unknown>) {
    const since = t.double.calls.length;
    const submitted = await t.slack.viewSubmission({ userId, viewId: view.id, fill });
    if (submitted.ack === undefined) await t.double.waitForCall('response_url', undefined, { since });
    return submitted;
  }

  it('prefills the person, saves the changes and updates the card in place', async () => {
    const card = await cardFor('UANNA', 'Erik Redigerbar');
    const view = await openEdit('UANNA', card, 'contact_edit_person');
    expect(view.callback_id).toBe('contact_edit_person');
    const form = shown(view.blocks);
    expect(form).toContain('"initial_value":"Erik Redigerbar"');
    expect(form).toContain('"initial_value":"070 000 00 01"');
    expect(form).toContain(
      `"initial_option":{"text":{"type":"plain_text","text":"Första Firman AB"},"value":"${ids.first}"}`,
    );

    const before = t.double.ephemeralMessages({ user: 'UANNA' }).length;
    const submitted = await save('UANNA', view, {
      Name: 'Erik Redigerad',
      'E-mail': 'Erik@Example.se',
      Organization: String(ids.second),
    });
    expect(submitted.ack).toBeUndefined();
    const person = await prisma.person.findUniqueOrThrow({ where: { id: ids.erik } });
    expect(person).toMatchObject({
      name: 'Erik Redigerad',
      email: 'erik@example.se',
      organizationId: ids.second,
    });
    // The same message now shows the saved card: nothing new was posted.
    expect(t.double.ephemeralMessages({ user: 'UANNA' })).toHaveLength(before);
    const updated = shown(t.double.workspace.channels.ephemeral(card.ts)!.blocks);
    expect(updated).toContain('Saved *Erik Redigerad*');
    expect(updated).toContain('Andra Firman AB');
  });

  it('lets a person leave their organization, which a select alone cannot do', async () => {
    const card = await cardFor('UANNA', 'Erik Redigerad');
    const view = await openEdit('UANNA', card, 'contact_edit_person');
    const person = await prisma.person.findUniqueOrThrow({
      where: { id: ids.erik },
      include: { organization: true },
    });
    expect(shown(view.blocks)).toContain(`Remove from ${person.organization!.name}`);
    const submitted = await save('UANNA', view, { 'Organization membership': ['leave'] });
    expect(submitted.ack).toBeUndefined();
    expect((await prisma.person.findUniqueOrThrow({ where: { id: ids.erik } })).organizationId).toBeNull();
  });

  it('refuses another contact’s e-mail, keeping everything as it was', async () => {
    const view = await openEdit('UANNA', await cardFor('UANNA', 'Erik Redigerad'), 'contact_edit_person');
    const submitted = await save('UANNA', view, { 'E-mail': 'ELSE@example.se' });
    expect(submitted.ack?.errors).toEqual({
      contact_email: 'Another contact in the register already has this e-mail address.',
    });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: ids.erik } })).email).toBe(
      'erik@example.se',
    );
  });

  it('archives a person: gone from search, marked on the card, and restorable', async () => {
    const card = await cardFor('UANNA', 'Erik Redigerad');
    const view = await openEdit('UANNA', card, 'contact_edit_person');
    await save('UANNA', view, { Archived: true });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: ids.erik } })).archived).toBe(true);
    const archivedCard = t.double.workspace.channels.ephemeral(card.ts)!;
    expect(shown(archivedCard.blocks)).toContain('*Erik Redigerad* _(archived)_');
    expect(shown(archivedCard.blocks)).not.toContain('activity_log_for_person');
    expect((await cardFor('UANNA', 'Erik Redigerad')).text).toContain('No contact matches');

    const again = await openEdit('UANNA', archivedCard as EphemeralMessage, 'contact_edit_person');
    expect(shown(again.blocks)).toContain('initial_options');
    await save('UANNA', again, { Archived: [] });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: ids.erik } })).archived).toBe(false);
  });

  it('edits an organization from a search result, in Swedish, checking its number', async () => {
    const list = await cardFor('USVEN', 'Firman');
    const view = await openEdit('USVEN', list, `contact_edit_organization:${ids.first}`);
    expect(shown(view.title)).toContain('Ändra organisation');
    const wrong = await save('USVEN', view, { Organisationsnummer: '556012-5791' });
    expect(wrong.ack?.errors).toEqual({
      contact_org_number: 'Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.',
    });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: ids.first } })).orgNumber).toBeNull();
    const saved = await save('USVEN', view, { Organisationsnummer: '5560125790', Arkiverad: true });
    expect(saved.ack).toBeUndefined();
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: ids.first } })).toMatchObject({
      orgNumber: '556012-5790',
      archived: true,
    });
    const replaced = shown(t.double.workspace.channels.ephemeral(list.ts)!.blocks);
    expect(replaced).toContain('*Första Firman AB* _(arkiverad)_');
    expect(replaced).toContain('har sparats');
  });

  it('keeps a person’s organization that was archived meanwhile, but offers no archived one', async () => {
    const organization = await prisma.organization.create({ data: { workspaceId, name: 'Kvarvarande AB' } });
    const person = await prisma.person.create({
      data: { workspaceId, name: 'Kvar Person', organizationId: organization.id },
    });
    await prisma.organization.update({ where: { id: organization.id }, data: { archived: true } });
    const view = await openEdit('UANNA', await cardFor('UANNA', 'Kvar Person'), 'contact_edit_person');
    expect((await save('UANNA', view, { Phone: '+46 70 555 66 77' })).ack).toBeUndefined();
    expect(await prisma.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      organizationId: organization.id,
      phone: '+46 70 555 66 77',
    });
  });
});
