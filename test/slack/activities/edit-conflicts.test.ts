import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');
const LONG_NOTE =
  `Called back about the offer. ${'They want a second quote & a visit <next week>. '.repeat(40)}`.trim();

type Block = { type: string; block_id?: string; element?: Record<string, unknown>; elements?: unknown[] };

/** The input of `field` in a drawn form, and the hint line right under it (if any). */
function field(view: SlackView, name: string) {
  const blocks = view.blocks as Block[];
  const at = blocks.findIndex((b) => b.type === 'input' && String(b.block_id).startsWith(`${name}.`));
  if (at < 0) throw new Error(`no ${name} input`);
  const next = blocks[at + 1];
  return {
    element: blocks[at]!.element ?? {},
    hint: next?.type === 'context' ? JSON.stringify(next.elements) : null,
  };
}

/**
 * Two people edit the same activity; the later save is refused (product §3.2), and
 * nothing the later one typed is lost: the form keeps it, says beside each field
 * what it became meanwhile, and lets them save theirs over it or take the current values.
 */
describe('an edit refused because someone else saved first', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let clock: SettableClock;
  let personId: number;
  const prisma = () => t.app.database.prisma;
  const stored = (id: number) => prisma().activity.findUniqueOrThrow({ where: { id } });

  const openEdit = async (userId: string, id: number) => {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `edit ${id}`, userId });
    await t.double.waitForCall('views.open', undefined, { since });
    return t.double.latestView(userId)!;
  };
  const submit = (userId: string, viewId: string, fill: Record<string, unknown> = {}) =>
    t.slack.viewSubmission({ userId, viewId, fill });

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    const workspaceId = (await workspaceOf(t)).id;
    personId = (await addPerson(prisma(), workspaceId, { name: 'Pia Person' })).id;
  });
  afterAll(() => t.stop());

  const logActivity = (userId: string) => slack.logActivity(userId, { id: personId, name: 'Pia Person' });

  it('keeps everything typed, shows what the other save changed, and saves theirs over it on the next Save', async () => {
    const id = await logActivity('UANNA');
    const annas = await openEdit('UANNA', id);
    const bens = await openEdit('UBEN', id);
    clock.advance(60_000);
    // Typed text shown back is escaped (the double refuses a view that would ping the channel).
    expect((await submit('UBEN', bens.id, { Subject: 'Ben’s <!channel> subject' })).ack).toBeUndefined();

    const refused = await submit('UANNA', annas.id, { Subject: 'Anna’s subject', Notes: LONG_NOTE });
    expect(refused.ack?.response_action).toBe('update');
    expect(t.double.isViewOpen(annas.id)).toBe(true);
    expect(await stored(id)).toMatchObject({ subject: 'Ben’s <!channel> subject', notes: null, version: 2 });
    const form = t.double.view(annas.id)!;
    expect(field(form, 'subject').element.initial_value).toBe('Anna’s subject');
    expect(field(form, 'notes').element.initial_value).toBe(LONG_NOTE);
    expect(field(form, 'subject').hint).toContain(
      'Changed by <@UBEN> at 2 Mar 2026 10:01: now «Ben’s &lt;!channel&gt; subject»',
    );
    expect(field(form, 'notes').hint).toBeNull();
    const top = JSON.stringify(form.blocks[0]);
    expect(top).toContain('<@UBEN> saved this activity at 2 Mar 2026 10:01');
    expect(top).toContain('Use current values');

    expect((await submit('UANNA', annas.id)).ack).toBeUndefined();
    expect(t.double.isViewOpen(annas.id)).toBe(false);
    expect(await stored(id)).toMatchObject({ subject: 'Anna’s subject', notes: LONG_NOTE, version: 3 });
  });

  it('takes over what only the other person changed, so saving does not quietly undo it', async () => {
    const id = await logActivity('UANNA');
    const annas = await openEdit('UANNA', id);
    clock.advance(60_000);
    await t.slack.slashCommand({ command: '/activity', text: `done ${id}`, userId: 'UBEN' });
    const doneAt = clock.now();
    expect(await stored(id)).toMatchObject({ status: 'DONE', endAt: doneAt });

    const refused = await submit('UANNA', annas.id, { Notes: 'Only my note' });
    expect(refused.ack?.response_action).toBe('update');
    const form = t.double.view(annas.id)!;
    expect(field(form, 'status').element.initial_option).toMatchObject({ value: 'DONE' });
    expect(field(form, 'status').hint).toContain('Changed by <@UBEN> at 2 Mar 2026 10:0');
    expect(field(form, 'status').hint).toContain('now «Done»');
    expect(field(form, 'end').element.initial_date_time).toBe(doneAt.getTime() / 1000);
    expect(field(form, 'notes').element.initial_value).toBe('Only my note');
    expect(field(form, 'subject').hint).toBeNull();

    expect((await submit('UANNA', annas.id)).ack).toBeUndefined();
    expect(await stored(id)).toMatchObject({ status: 'DONE', endAt: doneAt, notes: 'Only my note' });
  });

  it('Use current values redraws the form from the activity as it is now, which then saves', async () => {
    const id = await logActivity('UANNA');
    const annas = await openEdit('UANNA', id);
    const bens = await openEdit('UBEN', id);
    await submit('UBEN', bens.id, { Subject: 'Agreed subject', Notes: 'Ben’s note' });
    await submit('UANNA', annas.id, { Subject: 'Draft', Notes: 'Never mind' });
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'activity_form_take_current',
      container: { type: 'view', viewId: annas.id },
    });
    await t.double.waitForCall('views.update', undefined, { since });
    const form = t.double.view(annas.id)!;
    expect(field(form, 'subject').element.initial_value).toBe('Agreed subject');
    expect(field(form, 'notes').element.initial_value).toBe('Ben’s note');
    expect(JSON.stringify(form.blocks)).not.toContain('Changed by');
    expect(JSON.stringify(form.blocks)).not.toContain('activity_form_take_current');

    expect((await submit('UANNA', annas.id, { Status: 'In progress' })).ack).toBeUndefined();
    expect(await stored(id)).toMatchObject({
      subject: 'Agreed subject',
      notes: 'Ben’s note',
      status: 'IN_PROGRESS',
      version: 3,
    });
  });

  it('speaks Swedish to a Swedish user', async () => {
    const id = await logActivity('UANNA');
    const svens = await openEdit('USVEN', id);
    const bens = await openEdit('UBEN', id);
    clock.advance(60_000);
    await submit('UBEN', bens.id, { Subject: 'Offert skickad' });
    const refused = await submit('USVEN', svens.id, { Noteringar: 'Ring igen på fredag' });
    expect(refused.ack?.response_action).toBe('update');
    const form = t.double.view(svens.id)!;
    expect(field(form, 'subject').hint).toContain('Ändrat av <@UBEN> 2 mars 2026 10:0');
    expect(field(form, 'subject').hint).toContain('nu «Offert skickad»');
    expect(field(form, 'subject').element.initial_value).toBe('Offert skickad');
    expect(field(form, 'notes').element.initial_value).toBe('Ring igen på fredag');
    const top = JSON.stringify(form.blocks[0]);
    expect(top).toContain('sparade aktiviteten');
    expect(top).toContain('Använd aktuella värden');
  });

  it('an activity deleted meanwhile keeps the form and what was typed; restored, the same form saves', async () => {
    const id = await logActivity('UANNA');
    const card = slack.lastEphemeral('UANNA');
    const annas = await openEdit('UANNA', id);
    await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_delete:${id}`);

    const refused = await submit('UANNA', annas.id, { Notes: LONG_NOTE });
    expect(refused.ack?.response_action).toBe('errors');
    expect(JSON.stringify(refused.ack?.errors)).toContain(`Activity #${id} was deleted meanwhile`);
    expect(JSON.stringify(refused.ack?.errors)).toContain('/activity trash');
    expect(t.double.isViewOpen(annas.id)).toBe(true);

    // Choosing something in the form meanwhile redraws it with a warning, keeping the note.
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'activity_form_type',
      container: { type: 'view', viewId: annas.id },
      selectedOption: 'Visit',
    });
    await t.double.waitForCall('views.update', undefined, { since });
    const form = t.double.view(annas.id)!;
    expect(JSON.stringify(form.blocks[0])).toContain(`Activity #${id} was deleted meanwhile`);
    expect(field(form, 'notes').element.initial_value).toBe(LONG_NOTE);

    await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_undo:${id}`);
    expect((await submit('UANNA', annas.id)).ack).toBeUndefined();
    expect(await stored(id)).toMatchObject({ deletedAt: null, notes: LONG_NOTE });
  });

  it('tells someone who cannot restore it that it is gone, in Swedish, and keeps the form', async () => {
    const id = await logActivity('UANNA');
    const card = slack.lastEphemeral('UANNA');
    const svens = await openEdit('USVEN', id);
    await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_delete:${id}`);
    const refused = await submit('USVEN', svens.id, { Ämne: 'Mitt ämne' });
    expect(refused.ack?.response_action).toBe('errors');
    expect(JSON.stringify(refused.ack?.errors)).toContain(`Aktivitet #${id} är borttagen`);
    expect(t.double.isViewOpen(svens.id)).toBe(true);
  });
});
