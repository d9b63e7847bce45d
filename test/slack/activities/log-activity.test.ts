import {
  activitySlack,
  addArchivedType,
  addOrganization,
  addPerson,
  SettableClock,
  typeByKey,
  workspaceOf,
} from '../../support/fixtures/activities';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

function inputBlock(view: SlackView, field: string) {
  return view.blocks.find((b) => b.type === 'input' && String(b.block_id).startsWith(`${field}.`)) as
    | { block_id: string; element: Record<string, unknown>; label: { text: string } }
    | undefined;
}

describe.each(['http', 'socket'] as const)('logging an activity in the modal over %s', (mode) => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let workspaceId: number;
  let pia: { id: number; name: string };
  let olle: { id: number; name: string };
  let acmeId: number;
  const option = (person: { id: number; name: string }) => ({
    text: { type: 'plain_text', text: person.name },
    value: String(person.id),
  });
  const prisma = () => t.app.database.prisma;

  beforeAll(async () => {
    t = await startTestApp({ mode, clock: new SettableClock(NOW) });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    t.double.addUser({ id: 'UROBOT', name: 'robot', is_bot: true });
    t.double.addUser({ id: 'UGONE', name: 'gone', deleted: true });
    t.double.addUser({ id: 'UOTHER', name: 'other', team_id: 'T0THER' });
    workspaceId = (await workspaceOf(t)).id;
    pia = await addPerson(prisma(), workspaceId, { name: 'Pia Person' });
    acmeId = (await addOrganization(prisma(), workspaceId, 'Acme AB')).id;
    olle = await addPerson(prisma(), workspaceId, { name: 'Olle Org', organizationId: acmeId });
  });
  afterAll(() => t.stop());

  it('opens the form at once with start = now, the user responsible and Not started', async () => {
    const result = await t.slack.slashCommand({ command: '/activity', userId: 'UANNA' });
    expect(result.ack).toBeUndefined();
    await t.double.waitForCall('views.open');
    const view = t.double.latestView('UANNA')!;
    expect(view.callback_id).toBe('activity_form');
    expect(view.title).toMatchObject({ text: 'Log activity' });
    expect(inputBlock(view, 'start')?.element.initial_date_time).toBe(seconds(NOW));
    expect(inputBlock(view, 'responsible')?.element.initial_user).toBe('UANNA');
    expect(inputBlock(view, 'status')?.element.initial_option).toMatchObject({ value: 'NOT_STARTED' });
    expect(inputBlock(view, 'subject')?.element.max_length).toBe(150);
    expect(inputBlock(view, 'notes')?.element.max_length).toBe(3000);
    expect(inputBlock(view, 'person')?.element.action_id).toBe('person_picker');
    // No organization link until a person who belongs to one is chosen.
    expect(inputBlock(view, 'linkOrganization')).toBeUndefined();
  });

  it('saves with the defaults only and shows the card to the user where they asked', async () => {
    const view = await slack.openForm('UANNA');
    const before = await prisma().activity.count();
    const { result, since } = await slack.submit('UANNA', view.id, {
      Person: option(pia),
      Type: 'Meeting',
      Subject: 'First meeting',
    });
    expect(result.ack).toBeUndefined();
    expect(t.double.isViewOpen(view.id)).toBe(false);
    const card = await slack.savedCard(since);
    expect(card.user).toBe('UANNA');
    expect(card.channel).toBe(t.double.dmChannelFor('UANNA'));
    const stored = await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(await prisma().activity.count()).toBe(before + 1);
    expect(stored).toMatchObject({
      personId: pia.id,
      subject: 'First meeting',
      status: 'NOT_STARTED',
      startAt: NOW,
      dueAt: NOW,
      endAt: null,
      isPrivate: false,
      organizationId: null,
      notes: null,
    });
    const responsible = await prisma().employee.findUniqueOrThrow({ where: { id: stored.responsibleId } });
    expect(responsible.slackUserId).toBe('UANNA');
    const shown = JSON.stringify(card.blocks);
    expect(shown).toContain(`#${stored.id} · Meeting`);
    expect(shown).toContain('Not started');
    expect(shown).toContain('<@UANNA>');
    expect(shown).toContain('Pia Person');
  });

  it('saves every field, linked to the person’s organization', async () => {
    const channel = t.double.addChannel({ id: `CSALES${mode}`, name: `sales-${mode}` });
    const view = await slack.openForm('UANNA', '', channel.id);
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'person_picker',
      selectedOption: option(olle),
      container: { type: 'view', viewId: view.id },
    });
    await t.double.waitForCall('views.update', undefined, { since });
    const withLink = t.double.view(view.id)!;
    expect(inputBlock(withLink, 'linkOrganization')?.label.text).toBe('Link to organization');
    expect(JSON.stringify(inputBlock(withLink, 'linkOrganization'))).toContain('Acme AB');

    const start = new Date('2026-03-03T13:00:00Z');
    const end = new Date('2026-03-03T14:00:00Z');
    const submitted = await slack.submit('UANNA', view.id, {
      'Link to organization': true,
      Type: 'Outgoing call',
      Subject: 'Offer follow-up',
      Status: 'In progress',
      Start: start,
      End: end,
      Responsible: 'UBEN',
      Notes: 'Bring the price list',
      'Only visible to responsible': true,
    });
    expect(submitted.result.ack).toBeUndefined();
    const card = await slack.savedCard(submitted.since);
    expect(card.channel).toBe(channel.id);
    // Private and someone else's: Anna only gets a confirmation, not the activity.
    expect(card.text).toContain('Only its responsible, <@UBEN>, can see it.');
    expect(JSON.stringify(card.blocks)).not.toContain('Offer follow-up');
    const stored = await prisma().activity.findFirstOrThrow({
      orderBy: { id: 'desc' },
      include: { responsible: true, type: true },
    });
    expect(stored).toMatchObject({
      personId: olle.id,
      organizationId: acmeId,
      subject: 'Offer follow-up',
      status: 'IN_PROGRESS',
      startAt: start,
      endAt: end,
      dueAt: end,
      notes: 'Bring the price list',
      isPrivate: true,
    });
    expect(stored.type.key).toBe('OUTGOING_CALL');
    expect(stored.responsible.slackUserId).toBe('UBEN');
  });

  it('removes the organization link again when a person without one is chosen', async () => {
    const view = await slack.openForm('UANNA');
    const choose = async (person: { id: number; name: string }) => {
      const since = t.double.calls.length;
      await t.slack.blockActions({
        userId: 'UANNA',
        actionId: 'person_picker',
        selectedOption: option(person),
        container: { type: 'view', viewId: view.id },
      });
      await t.double.waitForCall('views.update', undefined, { since });
      return t.double.view(view.id)!;
    };
    expect(inputBlock(await choose(olle), 'linkOrganization')).toBeDefined();
    const withoutLink = await choose(pia);
    expect(inputBlock(withoutLink, 'linkOrganization')).toBeUndefined();
    expect(inputBlock(withoutLink, 'person')?.element.initial_option).toMatchObject({
      value: String(pia.id),
    });
  });

  it('reports every invalid field next to it, keeps the form open and saves nothing', async () => {
    const archived = await addPerson(prisma(), workspaceId, { name: 'Archived Arne', archived: true });
    const view = await slack.openForm('UANNA');
    const before = await prisma().activity.count();
    const { result } = await slack.submit('UANNA', view.id, {
      Person: option(archived),
      Type: 'Meeting',
      Subject: '   ',
      Start: new Date('2026-03-02T10:00:00Z'),
      End: new Date('2026-03-02T09:00:00Z'),
      Responsible: 'UROBOT',
    });
    expect(result.ack?.response_action).toBe('errors');
    const errors = result.ack?.errors as Record<string, string>;
    const current = t.double.view(view.id)!;
    expect(errors).toEqual({
      [inputBlock(current, 'person')!.block_id]: 'That person is archived. Choose an active person.',
      [inputBlock(current, 'subject')!.block_id]: 'Write a short subject.',
      [inputBlock(current, 'end')!.block_id]: 'The end cannot be before the start.',
      [inputBlock(current, 'responsible')!.block_id]: 'A bot cannot be responsible. Choose a colleague.',
    });
    expect(t.double.isViewOpen(view.id)).toBe(true);
    for (const [user, message] of [
      ['UGONE', 'That user is deactivated. Choose a colleague.'],
      ['UOTHER', 'That user belongs to another workspace. Choose a colleague from this one.'],
    ]) {
      const again = await slack.submit('UANNA', view.id, {
        Person: option(pia),
        Subject: 'Fine',
        End: null,
        Responsible: user,
      });
      expect(again.result.ack?.errors).toEqual({ [inputBlock(current, 'responsible')!.block_id]: message });
    }
    expect(await prisma().activity.count()).toBe(before);
  });

  it('refuses a person removed from the register while the form was open, and saves nothing', async () => {
    const gone = await addPerson(prisma(), workspaceId, { name: 'Gone Gunnar' });
    const view = await slack.openForm('UANNA');
    await prisma().person.delete({ where: { id: gone.id } });
    const before = await prisma().activity.count();
    const { result } = await slack.submit('UANNA', view.id, {
      Person: option(gone),
      Type: 'Meeting',
      Subject: 'Offer',
    });
    expect(result.ack?.errors).toEqual({
      [inputBlock(t.double.view(view.id)!, 'person')!.block_id]:
        'That person is not in the contact register.',
    });
    expect(t.double.isViewOpen(view.id)).toBe(true);
    expect(await prisma().activity.count()).toBe(before);
  });

  it('offers only active types, in the admins’ order, and refuses a type archived meanwhile', async () => {
    const fax = await addArchivedType(prisma(), workspaceId, 'Fax');
    const view = await slack.openForm('UANNA');
    const offered = (inputBlock(view, 'type')!.element.options as { text: { text: string } }[]).map(
      (o) => o.text.text,
    );
    expect(offered).toEqual([
      'Incoming call',
      'Outgoing call',
      'Meeting',
      'E-mail',
      'SMS',
      'Visit',
      'Follow-up',
    ]);
    expect(offered).not.toContain(fax.nameEn);

    const sms = await typeByKey(prisma(), workspaceId, 'SMS');
    await prisma().activityType.update({ where: { id: sms.id }, data: { archived: true } });
    try {
      const { result } = await slack.submit('UANNA', view.id, {
        Person: option(pia),
        Type: 'SMS',
        Subject: 'x',
      });
      expect(result.ack?.errors).toEqual({
        [inputBlock(view, 'type')!.block_id]: 'That type is archived and can no longer be chosen.',
      });
    } finally {
      await prisma().activityType.update({ where: { id: sms.id }, data: { archived: false } });
    }
  });

  it('prefills a type’s default subject and due offset, but never over what the user wrote', async () => {
    const followUp = await typeByKey(prisma(), workspaceId, 'FOLLOW_UP');
    await prisma().activityType.update({
      where: { id: followUp.id },
      data: { defaultSubject: 'Follow up the offer' },
    });
    const view = await slack.openForm('UANNA');
    let since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'activity_form_type',
      selectedOption: 'Follow-up',
      container: { type: 'view', viewId: view.id },
    });
    await t.double.waitForCall('views.update', undefined, { since });
    let drawn = t.double.view(view.id)!;
    expect(inputBlock(drawn, 'subject')?.element.initial_value).toBe('Follow up the offer');
    // Monday 10:00 in Stockholm + 2 working days = Wednesday 10:00.
    expect(inputBlock(drawn, 'end')?.element.initial_date_time).toBe(
      seconds(new Date('2026-03-04T09:00:00Z')),
    );
    expect(inputBlock(drawn, 'type')?.element.initial_option).toMatchObject({ value: String(followUp.id) });

    const other = await slack.openForm('UANNA');
    since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'activity_form_type',
      selectedOption: 'Follow-up',
      container: { type: 'view', viewId: other.id },
      fill: { Subject: 'My own subject', Notes: 'typed before choosing' },
    });
    await t.double.waitForCall('views.update', undefined, { since });
    drawn = t.double.view(other.id)!;
    expect(inputBlock(drawn, 'subject')?.element.initial_value).toBe('My own subject');
    expect(inputBlock(drawn, 'notes')?.element.initial_value).toBe('typed before choosing');
    const { result, since: saved } = await slack.submit('UANNA', other.id, { Person: option(pia) });
    expect(result.ack).toBeUndefined();
    await slack.savedCard(saved);
    const stored = await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(stored).toMatchObject({ subject: 'My own subject', endAt: new Date('2026-03-04T09:00:00Z') });
  });

  it('speaks Swedish to a Swedish user, with the seed’s labels and status names', async () => {
    const view = await slack.openForm('USVEN');
    expect(view.title).toMatchObject({ text: 'Registrera aktivitet' });
    const labels = view.blocks
      .filter((b) => b.type === 'input')
      .map((b) => (b.label as { text: string }).text);
    expect(labels).toEqual([
      'Person',
      'Typ',
      'Ämne',
      'Status',
      'Start',
      'Slut',
      'Påminn mig',
      'Upprepa',
      'Slutar efter (gånger)',
      'Slutar den',
      'Ansvarig',
      'Noteringar',
      'Endast synlig för ansvarig',
    ]);
    const statuses = (inputBlock(view, 'status')!.element.options as { text: { text: string } }[]).map(
      (o) => o.text.text,
    );
    expect(statuses).toEqual(['Ej påbörjad', 'Pågår', 'Klar']);
    const { result, since } = await slack.submit('USVEN', view.id, {
      Person: option(pia),
      Typ: 'Möte',
      Ämne: ' ',
    });
    expect(Object.values(result.ack?.errors as object)).toEqual(['Skriv ett kort ämne.']);
    const saved = await slack.submit('USVEN', view.id, { Ämne: 'Möte om avtal', Status: 'Klar' });
    expect(saved.result.ack).toBeUndefined();
    const card = await slack.savedCard(since);
    expect(JSON.stringify(card.blocks)).toContain('Klar');
    expect(JSON.stringify(card.blocks)).toContain('Möte');
    expect(JSON.stringify(card.blocks)).toContain('Ansvarig');
    expect(card.text).toContain('sparad');
  });

  it('shows a subject full of mentions literally and notifies nobody', async () => {
    const view = await slack.openForm('UANNA');
    const { since } = await slack.submit('UANNA', view.id, {
      Person: option(pia),
      Type: 'Meeting',
      Subject: '<!channel> hi <@U123>',
    });
    const card = await slack.savedCard(since);
    const shown = JSON.stringify(card);
    expect(shown).toContain('&lt;!channel&gt; hi &lt;@U123&gt;');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<@U123>');
  });

  it('opens prefilled from a person card, offering the organization link', async () => {
    const channel = t.double.addChannel({ id: `CCARD${mode}`, name: `cards-${mode}` });
    const posted = await t.app.database.prisma.person.findUniqueOrThrow({ where: { id: olle.id } });
    const message = t.double.workspace.channels.post(channel.id, {
      text: 'card',
      blocks: [
        {
          type: 'actions',
          block_id: 'person_card',
          elements: [
            {
              type: 'button',
              action_id: 'activity_log_for_person',
              text: { type: 'plain_text', text: 'Log activity' },
              value: String(posted.id),
            },
          ],
        },
      ],
    });
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'activity_log_for_person',
      container: { type: 'message', channelId: channel.id, messageTs: message.ts },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView('UANNA')!;
    expect(inputBlock(view, 'person')?.element.initial_option).toEqual({
      text: { type: 'plain_text', text: 'Olle Org', emoji: true },
      value: String(olle.id),
    });
    expect(JSON.stringify(inputBlock(view, 'linkOrganization'))).toContain('Acme AB');
    const saved = await slack.submit('UANNA', view.id, { Type: 'Visit', Subject: 'From the card' });
    expect(saved.result.ack).toBeUndefined();
    expect((await slack.savedCard(saved.since)).channel).toBe(channel.id);
    const stored = await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(stored).toMatchObject({ personId: olle.id, organizationId: null, subject: 'From the card' });
  });
});
