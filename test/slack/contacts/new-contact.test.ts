import type { PrismaClient } from '../../../src/generated/prisma/client';
import { shown } from '../../support/fixtures/contacts';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('/contact new', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let workspaceId: number;

  beforeAll(async () => {
    t = await startTestApp();
    prisma = t.app.database.prisma;
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    workspaceId = (await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: t.double.teamId } })).id;
  });
  afterAll(() => t.stop());

  async function openForm(userId: string, text = 'new'): Promise<SlackView> {
    const since = t.double.calls.length;
    const result = await t.slack.slashCommand({ command: '/contact', text, userId, channelId: 'CSALES' });
    expect(result.status).toBe(200);
    const call = await t.double.waitForCall('views.open', undefined, { since });
    return t.double.view(String((call.response as { view: { id: string } }).view.id))!;
  }

  async function chooseKind(userId: string, view: SlackView, kind: 'person' | 'organization') {
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId,
      actionId: 'contact_kind',
      selectedOption: kind,
      container: { type: 'view', viewId: view.id },
    });
    await t.double.waitForCall('views.update', undefined, { since });
    return t.double.view(view.id)!;
  }

  /** The confirmation naming `name`: each save answers after its modal closed, so match by content. */
  async function confirmationFor(userId: string, since: number, name: string) {
    const call = await t.double.waitForCall(
      'chat.postEphemeral',
      (c) => c.args.user === userId && shown(c.args).includes(name),
      { since },
    );
    return call.args;
  }

  const counts = async () => ({
    persons: await prisma.person.count({ where: { workspaceId } }),
    organizations: await prisma.organization.count({ where: { workspaceId } }),
  });

  it('opens the form at once and saves a person with every field, confirming in the channel', async () => {
    const view = await openForm('UANNA');
    expect(view.callback_id).toBe('contact_new');
    expect(shown(view.title)).toContain('New contact');
    const since = t.double.calls.length;
    const submitted = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: {
        Name: '  Åsa   Östergren ',
        'E-mail': ' Asa.Ostergren@Example.SE ',
        Phone: '070-123 45 67',
        'External id': 'CRM-1',
      },
    });
    expect(submitted.ack).toBeUndefined();
    expect(t.double.isViewOpen(view.id)).toBe(false);

    const person = await prisma.person.findFirstOrThrow({ where: { workspaceId, externalId: 'CRM-1' } });
    expect(person).toMatchObject({
      name: 'Åsa Östergren',
      email: 'asa.ostergren@example.se',
      phone: '070-123 45 67',
      organizationId: null,
      archived: false,
    });
    const confirmation = await confirmationFor('UANNA', since, 'Åsa Östergren');
    expect(confirmation.channel).toBe('CSALES');
    expect(shown(confirmation)).toContain('Added *Åsa Östergren*');
    expect(shown(confirmation)).toContain('<mailto:asa.ostergren@example.se|asa.ostergren@example.se>');
    expect(shown(confirmation)).toContain('"action_id":"activity_log_for_person"');
    expect(shown(confirmation)).toContain(`"value":"${person.id}"`);
  });

  it('links the person to an organization chosen in the picker', async () => {
    const organization = await prisma.organization.create({ data: { workspaceId, name: 'Picked AB' } });
    const view = await openForm('UANNA');
    const since = t.double.calls.length;
    await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Name: 'Bo Picked', Organization: String(organization.id) },
    });
    expect(shown(await confirmationFor('UANNA', since, 'Bo Picked'))).toContain('Picked AB');
    const person = await prisma.person.findFirstOrThrow({ where: { workspaceId, name: 'Bo Picked' } });
    expect(person.organizationId).toBe(organization.id);
  });

  it('creates a new organization typed inline together with the person', async () => {
    const view = await openForm('UANNA');
    const since = t.double.calls.length;
    await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Name: 'Cecilia Berg', '…or a new organization': 'Bergs Bygg AB' },
    });
    const person = await prisma.person.findFirstOrThrow({
      where: { workspaceId, name: 'Cecilia Berg' },
      include: { organization: true },
    });
    expect(person.organization?.name).toBe('Bergs Bygg AB');
    expect(shown(await confirmationFor('UANNA', since, 'Cecilia Berg'))).toContain('Bergs Bygg AB');
  });

  it('refuses an existing and a new organization at once, writing nothing', async () => {
    const organization = await prisma.organization.create({ data: { workspaceId, name: 'Both AB' } });
    const before = await counts();
    const view = await openForm('UANNA');
    const submitted = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Name: 'Dan Both', Organization: String(organization.id), '…or a new organization': 'Other AB' },
    });
    expect(submitted.ack).toEqual({
      response_action: 'errors',
      errors: { contact_new_organization: 'Choose an existing organization or type a new one, not both.' },
    });
    expect(t.double.isViewOpen(view.id)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('refuses an archived organization from an old picker answer', async () => {
    const organization = await prisma.organization.create({
      data: { workspaceId, name: 'Gone AB', archived: true },
    });
    const view = await openForm('UANNA');
    const submitted = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Name: 'Eva Gone', Organization: String(organization.id) },
    });
    expect(submitted.ack?.errors).toEqual({
      contact_organization: 'This organization is archived or no longer exists. Choose another one.',
    });
    expect(await prisma.person.count({ where: { name: 'Eva Gone' } })).toBe(0);
  });

  it('switches to the organization form, keeps the name, and saves a valid organization number', async () => {
    const view = await openForm('UANNA', 'new Ekström & Co');
    const organizationForm = await chooseKind('UANNA', view, 'organization');
    expect(shown(organizationForm.blocks)).toContain('Organization number');
    expect(shown(organizationForm.blocks)).not.toContain('…or a new organization');
    const since = t.double.calls.length;
    const submitted = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { 'Organization number': '5560360793', 'E-mail': 'Info@Ekstrom.se', Phone: '+46 8 123 456' },
    });
    expect(submitted.ack).toBeUndefined();
    const organization = await prisma.organization.findFirstOrThrow({
      where: { workspaceId, name: 'Ekström & Co' },
    });
    expect(organization).toMatchObject({ orgNumber: '556036-0793', email: 'info@ekstrom.se' });
    const confirmation = shown(await confirmationFor('UANNA', since, 'Ekström &amp; Co'));
    expect(confirmation).toContain('556036-0793');
  });

  it('refuses an organization number whose check digit is wrong, writing nothing', async () => {
    const before = await counts();
    const view = await chooseKind('UANNA', await openForm('UANNA'), 'organization');
    const submitted = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Name: 'Wrong Digit AB', 'Organization number': '556036-0794' },
    });
    expect(submitted.ack?.errors).toEqual({
      contact_org_number: 'This organization number is not valid: its check digit does not match.',
    });
    const badFormat = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: { Name: 'Wrong Digit AB', 'Organization number': '55603-60793' },
    });
    expect(badFormat.ack?.errors).toEqual({
      contact_org_number: 'Enter the organization number as NNNNNN-NNNN (10 digits).',
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a duplicate e-mail and external id as field errors, writing nothing', async () => {
    await prisma.person.create({
      data: { workspaceId, name: 'Existing', email: 'taken@example.se', externalId: 'EXT-9' },
    });
    const before = await counts();
    const view = await openForm('UANNA');
    const submitted = await t.slack.viewSubmission({
      userId: 'UANNA',
      viewId: view.id,
      fill: {
        Name: 'Copy Cat',
        'E-mail': 'TAKEN@example.se',
        'External id': 'EXT-9',
        '…or a new organization': 'Would Be New AB',
      },
    });
    expect(submitted.ack).toEqual({
      response_action: 'errors',
      errors: {
        contact_email: 'Another contact in the register already has this e-mail address.',
        contact_external_id: 'Another contact in the register already has this external id.',
      },
    });
    expect(await counts()).toEqual(before);
  });

  it('reports every wrong field at once, in Swedish for a Swedish user', async () => {
    const view = await openForm('USVEN');
    expect(shown(view.title)).toContain('Ny kontakt');
    const submitted = await t.slack.viewSubmission({
      userId: 'USVEN',
      viewId: view.id,
      fill: { Namn: 'Sven Fel', 'E-post': 'inte-en-adress', Telefon: '12-34' },
    });
    expect(submitted.ack?.errors).toEqual({
      contact_email: 'Ange en e-postadress som namn@exempel.se.',
      contact_phone: 'Ange ett telefonnummer med 6–20 siffror; mellanslag, +, - och parenteser går bra.',
    });
    expect(await prisma.person.count({ where: { name: 'Sven Fel' } })).toBe(0);
  });

  it('sends the confirmation as a DM when the app is not in the channel', async () => {
    t.double.addChannel({ id: 'COUTSIDE', name: 'outside', isMember: false });
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/contact', text: 'new', userId: 'UANNA', channelId: 'COUTSIDE' });
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    const viewId = String((opened.response as { view: { id: string } }).view.id);
    await t.slack.viewSubmission({ userId: 'UANNA', viewId, fill: { Name: 'Dm Person' } });
    const dm = await t.double.waitForCall('chat.postMessage', (c) => c.args.channel === 'UANNA', { since });
    expect(shown(dm.args)).toContain('Dm Person');
  });
});
