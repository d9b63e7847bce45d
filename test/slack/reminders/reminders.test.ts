import { keepTestDatabase } from '../../support/kept-database';
import type { StoredMessage } from '../../support/slack-double';
import { postgresUrl } from '../../support/test-database';
import { addStaff, type ReminderBed, reminderMessages, remindersTo, startReminderBed } from './reminder-bed';

// Tuesday 1 December 2026, 09:00 in Stockholm (UTC+1).
const MORNING = '2026-12-01T08:00:00Z';
const MINUTE = 60_000;
const at = (iso: string, minutes = 0) => new Date(new Date(iso).getTime() + minutes * MINUTE);
const text = (message: StoredMessage | undefined) => JSON.stringify(message ?? null);

/** Logs an activity through the *Log activity* form as `userId`; its id. */
async function logThroughForm(
  bed: ReminderBed,
  userId: string,
  fill: Record<string, unknown>,
): Promise<number> {
  return bed.form.logActivity(userId, bed.person, { Type: 'Meeting', ...fill });
}

/** Opens `/activity edit <id>` and saves it with `fill`. */
async function editThroughForm(bed: ReminderBed, userId: string, id: number, fill: Record<string, unknown>) {
  const since = bed.double.calls.length;
  await bed.t.slack.slashCommand({ command: '/activity', text: `edit ${id}`, userId });
  await bed.double.waitForCall('views.open', undefined, { since });
  const view = bed.double.latestView(userId);
  if (!view) throw new Error('no edit form');
  const { result } = await bed.form.submit(userId, view.id, fill);
  expect(result.ack).toBeUndefined();
  await bed.apps[0]?.idle();
}

/** Presses a button of a message in the user's DM (by the start of its action id), then waits for the app. */
async function pressIn(bed: ReminderBed, userId: string, message: StoredMessage, actionPrefix: string) {
  const ids = JSON.stringify(message.blocks).match(new RegExp(`"action_id":"(${actionPrefix}[^"]*)"`));
  if (!ids?.[1]) throw new Error(`no ${actionPrefix} button in ${text(message)}`);
  await bed.t.slack.blockActions({
    userId,
    actionId: ids[1],
    container: { type: 'message', channelId: message.channel, messageTs: message.ts },
  });
  await bed.apps[0]?.idle();
}

const stored = (bed: ReminderBed, id: number) => bed.prisma.activity.findUniqueOrThrow({ where: { id } });

// Each test starts its own double and app on the file's one database, emptied for it.
const database = keepTestDatabase();

describe('reminders before an activity (product §5.4)', () => {
  let bed: ReminderBed;
  beforeEach(async () => {
    bed = await startReminderBed({ now: MORNING, database });
  });
  afterEach(() => bed.stop());

  it('prefills Remind me from the type and reminds a Stockholm user once, at the lead time, in Swedish', async () => {
    await addStaff(bed, { slackUserId: 'USVEN', timezone: 'Europe/Stockholm', locale: 'sv-SE' });
    const view = await bed.form.openForm('USVEN');
    const since = bed.double.calls.length;
    await bed.t.slack.blockActions({
      userId: 'USVEN',
      actionId: 'activity_form_type',
      selectedOption: 'Möte',
      container: { type: 'view', viewId: view.id },
    });
    await bed.double.waitForCall('views.update', undefined, { since });
    const drawn = bed.double.view(view.id);
    const remind = drawn?.blocks.find((block) => String(block.block_id).startsWith('remind.')) as
      | { element: { initial_option: { value: string; text: { text: string } } } }
      | undefined;
    expect(remind?.element.initial_option).toMatchObject({ value: '15', text: { text: '15 minuter före' } });
    const notes = `Ta med <!channel> avtalet. ${'Lång text. '.repeat(60)}Sista ordet.`;
    const { result, since: saved } = await bed.form.submit('USVEN', view.id, {
      Person: { text: { type: 'plain_text', text: 'Pia Person' }, value: String(bed.person.id) },
      Ämne: 'Offertgenomgång',
      Start: at('2026-12-01T13:00:00Z'),
      Noteringar: notes,
    });
    expect(result.ack).toBeUndefined();
    await bed.form.savedCard(saved);
    const activity = await bed.prisma.activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(activity).toMatchObject({ remindLeadMinutes: 15, remindAt: at('2026-12-01T12:45:00Z') });

    await bed.tick(at('2026-12-01T12:44:00Z'));
    expect(remindersTo(bed.double)).toEqual({});
    await bed.tick(at('2026-12-01T12:45:00Z'));
    await bed.tick(at('2026-12-01T12:46:00Z'));
    expect(remindersTo(bed.double)).toEqual({ USVEN: 1 });
    const [message] = reminderMessages(bed.double, 'USVEN');
    const shown = text(message);
    expect(shown).toContain('*Påminnelse:* börjar 1 dec. 2026 14:00');
    expect(shown).toContain(`#${activity.id} · Möte*`);
    expect(shown).toContain('Offertgenomgång');
    expect(shown).toContain('Pia Person');
    expect(shown).toContain('Ta med &lt;!channel&gt; avtalet.');
    expect(shown).not.toContain('<!channel>');
    // The notes are cut short; *Öppna* shows all of them.
    expect(shown).not.toContain('Sista ordet.');
    for (const label of ['Klar nu', ':zzz: 15 min', ':zzz: 1 timme', ':zzz: I morgon', 'Öppna'])
      expect(shown).toContain(`"text":"${label}"`);
    expect(await bed.prisma.reminderDelivery.findMany()).toMatchObject([{ status: 'SENT', attempts: 1 }]);
  });

  it('reminds "1 day before" at the same local time in New York across the end of daylight-saving time', async () => {
    bed.clock.set(at('2026-10-30T12:00:00Z'));
    await addStaff(bed, { slackUserId: 'UNY', timezone: 'America/New_York' });
    // Sunday 1 November 2026, 10:00 EST; the clocks go back at 02:00 that night.
    const id = await logThroughForm(bed, 'UNY', {
      Start: at('2026-11-01T15:00:00Z'),
      'Remind me': '1 day before',
    });
    // Saturday 31 October 10:00 EDT, not 24 hours earlier (11:00 EDT).
    expect((await stored(bed, id)).remindAt).toEqual(at('2026-10-31T14:00:00Z'));
    await bed.tick(at('2026-10-31T13:59:00Z'));
    expect(remindersTo(bed.double)).toEqual({});
    await bed.tick(at('2026-10-31T14:00:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UNY: 1 });
    expect(text(reminderMessages(bed.double, 'UNY')[0])).toContain('*Reminder:* starts 1 Nov 2026 10:00');
  });

  it('moves with an edited start, and a reminder already sent is redrawn when the activity moves again', async () => {
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    const id = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    await editThroughForm(bed, 'UANNA', id, { Start: at('2026-12-01T15:00:00Z') });
    expect((await stored(bed, id)).remindAt).toEqual(at('2026-12-01T14:45:00Z'));
    await bed.tick(at('2026-12-01T12:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({});
    await bed.tick(at('2026-12-01T14:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UANNA: 1 });

    await editThroughForm(bed, 'UANNA', id, { Start: at('2026-12-02T15:00:00Z') });
    const [redrawn] = reminderMessages(bed.double, 'UANNA');
    expect(text(redrawn)).toContain(
      'Moved: it now starts 2 Dec 2026 16:00. You will be reminded again before then.',
    );
    expect(text(redrawn)).not.toContain('reminder_actions');
    await bed.tick(at('2026-12-02T14:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UANNA: 2 });
  });

  it('is cancelled by Done and by Delete; a sent one says so when that happens later', async () => {
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    const done = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    const deleted = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    const later = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T14:00:00Z'),
      'Remind me': '15 minutes before',
    });
    await bed.t.slack.slashCommand({ command: '/activity', text: `done ${done}`, userId: 'UANNA' });
    await bed.apps[0]?.idle();
    await bed.t.slack.slashCommand({ command: '/activity', text: `show ${deleted}`, userId: 'UANNA' });
    const shown = bed.form.lastEphemeral('UANNA');
    await bed.form.pressInEphemeral('UANNA', shown.ts, shown.channel, `activity_delete:${deleted}`);
    await bed.apps[0]?.idle();
    expect((await stored(bed, deleted)).deletedAt).not.toBeNull();
    expect((await stored(bed, done)).remindAt).toBeNull();

    await bed.tick(at('2026-12-01T12:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({});

    await bed.tick(at('2026-12-01T13:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UANNA: 1 });
    const [reminder] = reminderMessages(bed.double, 'UANNA');
    await pressIn(bed, 'UANNA', reminder as StoredMessage, 'activity_done:');
    expect((await stored(bed, later)).status).toBe('DONE');
    const after = reminderMessages(bed.double, 'UANNA')[0];
    expect(text(after)).toContain('Done: nothing more to remind you of.');
    expect(text(after)).not.toContain('reminder_actions');
  });

  it('goes to the new responsible after a hand-over; a sent one tells the old responsible who has it now', async () => {
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    await addStaff(bed, { slackUserId: 'UBEN', timezone: 'Europe/Stockholm' });
    const before = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    await editThroughForm(bed, 'UANNA', before, { Responsible: 'UBEN' });
    await bed.tick(at('2026-12-01T12:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UBEN: 1 });

    const after = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T14:00:00Z'),
      'Remind me': '15 minutes before',
    });
    await bed.tick(at('2026-12-01T13:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UBEN: 1, UANNA: 1 });
    await editThroughForm(bed, 'UANNA', after, { Responsible: 'UBEN' });
    const [annas] = reminderMessages(bed.double, 'UANNA');
    expect(text(annas)).toContain('Handed over to <@UBEN>, who gets the reminder instead.');
    expect(text(annas)).not.toContain('reminder_actions');
  });

  it('reminds only the responsible of a private activity, and a hand-over of it leaves nothing behind', async () => {
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    await addStaff(bed, { slackUserId: 'UBEN', timezone: 'Europe/Stockholm' });
    const id = await logThroughForm(bed, 'UANNA', {
      Subject: 'Secret negotiation',
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
      Responsible: 'UBEN',
      'Only visible to responsible': true,
    });
    await bed.tick(at('2026-12-01T12:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UBEN: 1 });
    expect(text(reminderMessages(bed.double, 'UBEN')[0])).toContain('Secret negotiation');
    // Ben hands it to Anna: his reminder keeps nothing of an activity he may no longer see.
    await bed.prisma.activity.update({ where: { id }, data: { remindAt: null } });
    await editThroughForm(bed, 'UBEN', id, { Responsible: 'UANNA' });
    const bens = reminderMessages(bed.double, 'UBEN')[0];
    expect(text(bens)).not.toContain('Secret negotiation');
    expect(text(bens)).toContain(`Activity #${id} no longer exists, or you can no longer see it.`);
  });

  it('sends nothing to someone who turned reminders off in Settings', async () => {
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    const since = bed.double.calls.length;
    await bed.t.slack.slashCommand({ command: '/activity', text: 'settings', userId: 'UANNA' });
    await bed.double.waitForCall('views.open', undefined, { since });
    const settings = bed.double.latestView('UANNA');
    const { result } = await bed.form.submit('UANNA', settings?.id ?? '', { Reminders: 'Off' });
    expect(result.ack).toMatchObject({ response_action: 'update' });
    expect(await bed.prisma.employee.findFirstOrThrow({ where: { slackUserId: 'UANNA' } })).toMatchObject({
      remindersEnabled: false,
    });
    await bed.tick(at('2026-12-01T12:45:00Z'));
    expect(remindersTo(bed.double)).toEqual({});
  });

  it('snoozes 15 minutes: the activity stays, the reminder comes again', async () => {
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    const id = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    const version = (await stored(bed, id)).version;
    await bed.tick(at('2026-12-01T12:45:00Z'));
    const [reminder] = reminderMessages(bed.double, 'UANNA');
    await pressIn(bed, 'UANNA', reminder as StoredMessage, 'reminder_later_15:');
    expect(text(reminderMessages(bed.double, 'UANNA')[0])).toContain(
      'I will remind you again at 1 Dec 2026 14:00.',
    );
    expect(await stored(bed, id)).toMatchObject({ version, startAt: at('2026-12-01T13:00:00Z') });
    await bed.tick(at('2026-12-01T12:59:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UANNA: 1 });
    await bed.tick(at('2026-12-01T13:00:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UANNA: 2 });
  });

  it('after downtime sends one still within its lead time, and drops one whose start passed longer ago, saying so', async () => {
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    const late = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    const gone = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T12:50:00Z'),
      'Remind me': '15 minutes before',
    });
    // Down from 12:00 until 13:10: the first started 10 minutes ago (within 15), the second 20.
    const summary = await bed.tick(at('2026-12-01T13:10:00Z'));
    expect(summary).toMatchObject({ sent: 1, dropped: 1 });
    expect(remindersTo(bed.double)).toEqual({ UANNA: 1 });
    expect(text(reminderMessages(bed.double, 'UANNA')[0])).toContain('*Reminder:* started 1 Dec 2026 14:00');
    const rows = await bed.prisma.reminderDelivery.findMany({ orderBy: { activityId: 'asc' } });
    expect(rows.map((row) => [row.activityId, row.status])).toEqual([
      [late, 'SENT'],
      [gone, 'DROPPED'],
    ]);
    const line = bed.logs.find((entry) => String(entry.msg).startsWith('reminder dropped'));
    expect(line).toMatchObject({ activityId: gone, leadMinutes: 15 });
    await bed.tick(at('2026-12-01T13:11:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UANNA: 1 });
  });

  it('a claim whose process died is taken over once its lease has run out, and sent once', async () => {
    const anna = await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    const id = await logThroughForm(bed, 'UANNA', {
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
    });
    await bed.prisma.reminderDelivery.create({
      data: {
        workspaceId: bed.workspaceId,
        activityId: id,
        employeeId: anna,
        startAt: at('2026-12-01T13:00:00Z'),
        remindAt: at('2026-12-01T12:45:00Z'),
        status: 'CLAIMED',
        claimedBy: 'crashed-host:1',
        leaseUntil: at('2026-12-01T12:47:00Z'),
        attempts: 1,
      },
    });
    await bed.tick(at('2026-12-01T12:45:00Z'));
    await bed.tick(at('2026-12-01T12:46:00Z'));
    expect(remindersTo(bed.double)).toEqual({});
    await bed.tick(at('2026-12-01T12:47:00Z'));
    await bed.tick(at('2026-12-01T12:48:00Z'));
    expect(remindersTo(bed.double)).toEqual({ UANNA: 1 });
    expect(await bed.prisma.reminderDelivery.findFirstOrThrow()).toMatchObject({
      status: 'SENT',
      attempts: 2,
    });
  });
});

if (postgresUrl) {
  describe('reminders: replicas and restarts on one PostgreSQL', () => {
    let bed: ReminderBed;
    afterEach(() => bed.stop());

    async function plan(count: number, responsibleId: number): Promise<void> {
      const type = await bed.prisma.activityType.findFirstOrThrow({ where: { key: 'MEETING' } });
      for (let i = 0; i < count; i++) {
        await bed.prisma.activity.create({
          data: {
            workspaceId: bed.workspaceId,
            personId: bed.person.id,
            typeId: type.id,
            subject: `Meeting ${i}`,
            startAt: at('2026-12-01T13:00:00Z'),
            dueAt: at('2026-12-01T13:00:00Z'),
            responsibleId,
            remindLeadMinutes: 15,
            remindAt: at('2026-12-01T12:45:00Z'),
          },
        });
      }
    }

    it('two app instances ticking at the same moment send each reminder once', async () => {
      bed = await startReminderBed({ now: MORNING, instances: 2, database });
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) {
        const id = await addStaff(bed, { slackUserId: `U${i}`, timezone: 'Europe/Stockholm' });
        ids.push(id);
        await plan(3, id);
      }
      bed.clock.set(at('2026-12-01T12:45:00Z'));
      const [a, b] = await Promise.all([bed.tick(undefined, 0), bed.tick(undefined, 1)]);
      expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(36);
      expect(Object.values(remindersTo(bed.double))).toEqual(Array(12).fill(3));
      expect(await bed.prisma.reminderDelivery.count({ where: { status: 'SENT' } })).toBe(36);
    });

    it('a restarted app sends nothing twice', async () => {
      bed = await startReminderBed({ now: MORNING, database });
      const anna = await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
      await plan(2, anna);
      await bed.tick(at('2026-12-01T12:45:00Z'));
      expect(remindersTo(bed.double)).toEqual({ UANNA: 2 });
      await bed.restart(0);
      await bed.tick(at('2026-12-01T12:46:00Z'));
      // Even a moment put back by hand finds the claim already sent.
      await bed.prisma.activity.updateMany({ data: { remindAt: at('2026-12-01T12:45:00Z') } });
      await bed.tick(at('2026-12-01T12:47:00Z'));
      expect(remindersTo(bed.double)).toEqual({ UANNA: 2 });
    });
  });
}
