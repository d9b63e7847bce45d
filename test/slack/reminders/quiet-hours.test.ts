import { keepTestDatabase } from '../../support/kept-database';
import type { RecordedCall, StoredMessage } from '../../support/slack-double';
import { addStaff, type ReminderBed, startReminderBed } from './reminder-bed';

// Tuesday 1 December 2026, 19:30 in Stockholm (UTC+1): after working hours (08:00–18:00).
const EVENING = '2026-12-01T18:30:00Z';
const MINUTE = 60_000;
const at = (iso: string, minutes = 0) => new Date(new Date(iso).getTime() + minutes * MINUTE);
const text = (value: unknown) => JSON.stringify(value ?? null);

/** Logs a Meeting about Pia through the form as `userId`; its id, once every message is out. */
async function logThroughForm(bed: ReminderBed, userId: string, fill: Record<string, unknown>) {
  const id = await bed.form.logActivity(userId, bed.person, { Type: 'Meeting', ...fill });
  await bed.apps[0]?.idle();
  return id;
}

/** Messages the app posted into a user's DM since call `since` (chat.postMessage that Slack took). */
function postedTo(bed: ReminderBed, slackUserId: string, since = 0): RecordedCall[] {
  const channel = bed.double.dmChannelFor(slackUserId);
  return (bed.double.succeededCalls('chat.postMessage') as RecordedCall[]).filter(
    (call) =>
      bed.double.calls.indexOf(call) >= since &&
      (call.response as { channel?: string } | undefined)?.channel === channel,
  );
}

/** The message a chat.postMessage made, as it stands now (updates included). */
function current(bed: ReminderBed, call: RecordedCall): StoredMessage {
  const answer = call.response as { channel: string; ts: string };
  const message = bed.double.message(answer.channel, answer.ts);
  if (!message) throw new Error('message not stored');
  return message;
}

async function press(bed: ReminderBed, userId: string, message: StoredMessage, actionId: string) {
  await bed.t.slack.blockActions({
    userId,
    actionId,
    container: { type: 'message', channelId: message.channel, messageTs: message.ts },
  });
  await bed.apps[0]?.idle();
}

describe('quiet hours and less noise (product §5.6)', () => {
  let bed: ReminderBed;
  // Each test starts its own double and app on one database, emptied for it.
  const database = keepTestDatabase();
  beforeEach(async () => {
    bed = await startReminderBed({ now: EVENING, database });
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    await addStaff(bed, { slackUserId: 'UBOB', timezone: 'Europe/Stockholm' });
  });
  afterEach(() => bed.stop());

  it('holds a reminder and an evening assignment until 08:00, then sends them folded in one message whose buttons redraw it whole', async () => {
    // Bob gives Anna a meeting tomorrow at 10:00, at 19:30: she hears nothing tonight.
    const assigned = await logThroughForm(bed, 'UBOB', {
      Subject: 'Contract talk',
      Start: at('2026-12-02T09:00:00Z'),
      Responsible: 'UANNA',
      'Remind me': 'No reminder',
    });
    expect(postedTo(bed, 'UANNA')).toHaveLength(0);
    expect(
      await bed.prisma.reminderDelivery.findFirstOrThrow({
        where: { activityId: assigned, kind: 'ASSIGNED' },
      }),
    ).toMatchObject({ status: 'HELD', leaseUntil: at('2026-12-02T07:00:00Z') });
    // Her own meeting at 08:10 reminds 30 minutes before: at 07:40, before her working time.
    const own = await logThroughForm(bed, 'UANNA', {
      Subject: 'Early call',
      Start: at('2026-12-02T07:10:00Z'),
      'Remind me': '30 minutes before',
    });
    expect(await bed.tick('2026-12-02T06:41:00Z')).toMatchObject({ claimed: 1, held: 1, sent: 0 });
    expect(await bed.tick('2026-12-02T06:59:00Z')).toMatchObject({ released: 0 });
    expect(postedTo(bed, 'UANNA')).toHaveLength(0);

    // 08:00: both in one message, each with its own buttons.
    expect(await bed.tick('2026-12-02T07:00:00Z')).toMatchObject({ released: 2 });
    const [call, ...more] = postedTo(bed, 'UANNA');
    expect(more).toHaveLength(0);
    const folded = current(bed, call as RecordedCall);
    const shown = text(folded);
    expect(shown).toContain('While you were off, 2 things waited for your working time');
    expect(shown).toContain(`<@UBOB> made you responsible for activity #${assigned}.`);
    expect(shown).toContain('*Reminder:* starts');
    expect(shown).toContain('Contract talk');
    expect(shown).toContain('Early call');
    expect(shown).toContain(`"activity_done:${assigned}"`);
    expect(shown).toContain(`"activity_done:${own}"`);
    // Exactly once: nothing more on the next tick.
    expect(await bed.tick('2026-12-02T07:01:00Z')).toMatchObject({ released: 0, sent: 0 });

    // Done on one item redraws the whole message: the other keeps its buttons.
    await press(bed, 'UANNA', folded, `activity_done:${own}`);
    const redrawn = text(bed.double.message(folded.channel, folded.ts));
    expect(redrawn).toContain('While you were off');
    expect(redrawn).toContain(`Activity #${own} is done.`);
    expect(redrawn).toContain(`"activity_done:${assigned}"`);
    expect(redrawn).not.toContain(`"activity_done:${own}"`);
    expect((await bed.prisma.activity.findUniqueOrThrow({ where: { id: own } })).status).toBe('DONE');
  });

  it('reminds at night when the activity itself happens then, and sends a lone held item as its own message', async () => {
    // A dinner at 20:00 tonight: its reminder at 19:45 goes out, outside working time or not.
    await logThroughForm(bed, 'UANNA', {
      Subject: 'Dinner with Pia',
      Start: at('2026-12-01T19:00:00Z'),
      'Remind me': '15 minutes before',
    });
    expect(await bed.tick('2026-12-01T18:45:00Z')).toMatchObject({ sent: 1, held: 0 });
    // Bob's assignment at night waits, and alone it is the ordinary assignment card at 08:00.
    const since = bed.double.calls.length;
    const assigned = await logThroughForm(bed, 'UBOB', {
      Subject: 'Follow-up call',
      Start: at('2026-12-02T10:00:00Z'),
      Responsible: 'UANNA',
      'Remind me': 'No reminder',
    });
    expect(postedTo(bed, 'UANNA', since)).toHaveLength(0);
    expect(await bed.tick('2026-12-02T07:00:00Z')).toMatchObject({ released: 1 });
    // (The dinner's "How did it go?" goes out with that tick too: the dinner itself was at night.)
    const posted = postedTo(bed, 'UANNA', since);
    const card = posted.find((call) => text(call).includes('made you responsible'));
    expect(text(card)).toContain(`<@UBOB> made you responsible for activity #${assigned}.`);
    expect(text(posted)).not.toContain('While you were off');
  });

  it('waits over a public holiday: an assignment on Christmas Eve evening comes on Monday 28 December', async () => {
    bed.clock.set(at('2026-12-24T17:30:00Z'));
    const assigned = await logThroughForm(bed, 'UBOB', {
      Subject: 'New year plans',
      Start: at('2027-01-04T09:00:00Z'),
      Responsible: 'UANNA',
      'Remind me': 'No reminder',
    });
    // Friday 25 December is Christmas Day in Sweden (the workspace's country): not a working day.
    expect(
      await bed.prisma.reminderDelivery.findFirstOrThrow({
        where: { activityId: assigned, kind: 'ASSIGNED' },
      }),
    ).toMatchObject({ status: 'HELD', leaseUntil: at('2026-12-28T07:00:00Z') });
    expect(await bed.tick('2026-12-25T09:00:00Z')).toMatchObject({ released: 0 });
    expect(await bed.tick('2026-12-28T07:00:00Z')).toMatchObject({ released: 1 });
  });

  it('folds assignments to one person within two minutes into one message, updated as more arrive, in their language', async () => {
    await addStaff(bed, { slackUserId: 'USVEN', timezone: 'Europe/Stockholm', locale: 'sv-SE' });
    bed.clock.set(at('2026-12-01T09:00:00Z'));
    const since = bed.double.calls.length;
    const ids: number[] = [];
    for (const subject of ['Första', 'Andra', 'Tredje']) {
      ids.push(
        await logThroughForm(bed, 'UBOB', {
          Subject: subject,
          Start: at('2026-12-03T09:00:00Z'),
          Responsible: 'USVEN',
          'Remind me': 'No reminder',
        }),
      );
      bed.clock.advance(40_000);
    }
    const posted = postedTo(bed, 'USVEN', since);
    expect(posted).toHaveLength(1);
    const updates = bed.double.calls
      .slice(since)
      .filter((call) => call.method === 'chat.update' && call.status === 200);
    expect(updates).toHaveLength(2);
    const message = current(bed, posted[0] as RecordedCall);
    const shown = text(message);
    expect(shown).toContain('3 nya aktiviteter har tilldelats dig av <@UBOB>');
    for (const id of ids) expect(shown).toContain(`"activity_done:${id}"`);
    for (const subject of ['Första', 'Andra', 'Tredje']) expect(shown).toContain(subject);

    // Three minutes on, the next one starts a message of its own.
    bed.clock.advance(3 * MINUTE);
    const later = await logThroughForm(bed, 'UBOB', {
      Subject: 'Fjärde',
      Start: at('2026-12-03T09:00:00Z'),
      Responsible: 'USVEN',
      'Remind me': 'No reminder',
    });
    const next = postedTo(bed, 'USVEN', since);
    expect(next).toHaveLength(2);
    expect(text(next[1])).toContain(`<@UBOB> gjorde dig ansvarig för aktivitet #${later}.`);
    expect(text(bed.double.message(message.channel, message.ts))).not.toContain('Fjärde');
  });
});
