import { keepTestDatabase } from '../../support/kept-database';
import type { StoredMessage } from '../../support/slack-double';
import { addStaff, type ReminderBed, startReminderBed } from './reminder-bed';

// Tuesday 1 December 2026, 09:00 in Stockholm (UTC+1).
const MORNING = '2026-12-01T08:00:00Z';
const at = (iso: string) => new Date(iso);
const text = (value: unknown) => JSON.stringify(value ?? null);

/** "How did it go?" messages as they stand now in the user's DM, oldest first. */
function prompts(bed: ReminderBed, userId: string): StoredMessage[] {
  const channel = bed.double.dmChannelFor(userId);
  return bed.double
    .succeededCalls('chat.postMessage')
    .filter((call) => text(call.args).includes('outcome_actions'))
    .map((call) => call.response as { channel?: string; ts?: string })
    .filter((answer) => answer.channel === channel)
    .flatMap((answer) => bed.double.message(channel, String(answer.ts)) ?? []);
}

async function press(bed: ReminderBed, userId: string, message: StoredMessage, prefix: string) {
  const id = text(message.blocks).match(new RegExp(`"action_id":"(${prefix}[^"]*)"`))?.[1];
  if (!id) throw new Error(`no ${prefix} in ${text(message)}`);
  const result = await bed.t.slack.blockActions({
    userId,
    actionId: id,
    container: { type: 'message', channelId: message.channel, messageTs: message.ts },
  });
  await bed.apps[0]?.idle();
  return result;
}

const stored = (bed: ReminderBed, id: number) => bed.prisma.activity.findUniqueOrThrow({ where: { id } });

// Each test starts its own double and app on the file's one database, emptied for it.
const database = keepTestDatabase();

describe('how did it go: the outcome prompt after an activity (product §5.5)', () => {
  let bed: ReminderBed;
  beforeEach(async () => {
    bed = await startReminderBed({ now: MORNING, database });
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
  });
  afterEach(() => bed.stop());

  const logMeeting = (fill: Record<string, unknown> = {}) =>
    bed.form.logActivity('UANNA', bed.person, {
      Type: 'Meeting',
      Start: at('2026-12-01T13:00:00Z'),
      'Remind me': '15 minutes before',
      ...fill,
    });

  it('asks once when a meeting has run the type’s 30 minutes, and never for a type that does not ask', async () => {
    const id = await logMeeting();
    await bed.form.logActivity('UANNA', bed.person, {
      Type: 'Outgoing call',
      Start: at('2026-12-01T13:00:00Z'),
    });
    expect((await stored(bed, id)).outcomeAskAt).toEqual(at('2026-12-01T13:30:00Z'));
    await bed.tick(at('2026-12-01T13:29:00Z'));
    expect(prompts(bed, 'UANNA')).toHaveLength(0);
    await bed.tick(at('2026-12-01T13:30:00Z'));
    await bed.tick(at('2026-12-01T13:31:00Z'));
    await bed.tick(at('2026-12-01T18:00:00Z'));
    const [prompt, ...more] = prompts(bed, 'UANNA');
    expect(more).toHaveLength(0);
    const shown = text(prompt);
    expect(shown).toContain('*How did it go with Pia Person?*');
    expect(shown).toContain('Ended 1 Dec 2026 14:30');
    for (const label of ['Done…', 'Not yet', 'Reschedule']) expect(shown).toContain(`"text":"${label}"`);
  });

  it('asks at the end when there is one, and not at all once the activity is done', async () => {
    const ended = await logMeeting({ End: at('2026-12-01T15:00:00Z') });
    const done = await logMeeting();
    await bed.t.slack.slashCommand({ command: '/activity', text: `done ${done}`, userId: 'UANNA' });
    await bed.apps[0]?.idle();
    expect((await stored(bed, done)).outcomeAskAt).toBeNull();
    await bed.tick(at('2026-12-01T13:30:00Z'));
    expect(prompts(bed, 'UANNA')).toHaveLength(0);
    await bed.tick(at('2026-12-01T15:00:00Z'));
    expect(prompts(bed, 'UANNA').map((message) => text(message).includes(`#${ended} `))).toEqual([true]);
  });

  it('Done… appends the outcome under a time stamp, marks it done and plans the follow-up', async () => {
    const id = await logMeeting({ Notes: 'Bring the price list' });
    await bed.tick(at('2026-12-01T13:35:00Z'));
    const [prompt] = prompts(bed, 'UANNA');
    const since = bed.double.calls.length;
    await press(bed, 'UANNA', prompt as StoredMessage, 'outcome_done:');
    await bed.double.waitForCall('views.open', undefined, { since });
    const form = bed.double.latestView('UANNA');
    expect(form?.callback_id).toBe('outcome_form');
    const start = form?.blocks.find((block) => block.block_id === 'outcome_follow_up_start') as
      | { element: { initial_date_time: number } }
      | undefined;
    // The follow-up type's due offset (2 working days) from now: Thursday, same time.
    expect(start?.element.initial_date_time).toBe(Date.parse('2026-12-03T13:35:00Z') / 1000);
    const { result } = await bed.form.submit('UANNA', form?.id ?? '', {
      Outcome: 'They want an offer <!here>',
      'Plan follow-up': true,
    });
    expect(result.ack).toBeUndefined();
    await bed.apps[0]?.idle();
    const done = await stored(bed, id);
    expect(done.status).toBe('DONE');
    expect(done.notes).toBe('Bring the price list\n\n[2026-12-01 14:35] They want an offer <!here>');
    const followUp = await bed.prisma.activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(followUp).toMatchObject({
      personId: bed.person.id,
      startAt: at('2026-12-03T13:35:00Z'),
      responsibleId: done.responsibleId,
      status: 'NOT_STARTED',
    });
    const redrawn = text(prompts(bed, 'UANNA')[0]);
    expect(redrawn).toContain('Done, with the outcome in the notes.');
    expect(redrawn).toContain(`Follow-up #${followUp.id} planned for 3 Dec 2026 14:35.`);
    expect(redrawn).toContain(`activity_follow_up:${id}`);
    expect(redrawn).not.toContain('outcome_done');
  });

  it('Done… refuses a follow-up without a start next to its field and saves nothing', async () => {
    const id = await logMeeting();
    await bed.tick(at('2026-12-01T13:35:00Z'));
    const since = bed.double.calls.length;
    await press(bed, 'UANNA', prompts(bed, 'UANNA')[0] as StoredMessage, 'outcome_done:');
    await bed.double.waitForCall('views.open', undefined, { since });
    const form = bed.double.latestView('UANNA');
    const { result } = await bed.form.submit('UANNA', form?.id ?? '', {
      Outcome: 'Fine',
      'Plan follow-up': true,
      'Follow-up starts': null,
    });
    expect(result.ack).toEqual({
      response_action: 'errors',
      errors: { outcome_follow_up_start: 'Choose when the follow-up starts.' },
    });
    expect((await stored(bed, id)).status).toBe('NOT_STARTED');
  });

  it('Not yet asks again tomorrow at the digest hour, once, without Not yet', async () => {
    const id = await logMeeting();
    await bed.tick(at('2026-12-01T13:30:00Z'));
    await press(bed, 'UANNA', prompts(bed, 'UANNA')[0] as StoredMessage, 'outcome_not_yet:');
    expect(text(prompts(bed, 'UANNA')[0])).toContain('I will ask again 2 Dec 2026 08:00.');
    expect(await stored(bed, id)).toMatchObject({
      outcomeAskAt: at('2026-12-02T07:00:00Z'),
      outcomePostponed: true,
      status: 'NOT_STARTED',
    });
    await bed.tick(at('2026-12-02T06:59:00Z'));
    expect(prompts(bed, 'UANNA')).toHaveLength(1);
    await bed.tick(at('2026-12-02T07:00:00Z'));
    const again = prompts(bed, 'UANNA');
    expect(again).toHaveLength(2);
    expect(text(again[1])).toContain('Done…');
    expect(text(again[1])).not.toContain('Not yet');
    await bed.tick(at('2026-12-03T07:00:00Z'));
    expect(prompts(bed, 'UANNA')).toHaveLength(2);
  });

  it('Reschedule moves the activity; its reminder and its prompt follow the new start', async () => {
    const id = await logMeeting();
    await bed.tick(at('2026-12-01T13:30:00Z'));
    const since = bed.double.calls.length;
    await press(bed, 'UANNA', prompts(bed, 'UANNA')[0] as StoredMessage, 'outcome_reschedule:');
    await bed.double.waitForCall('views.open', undefined, { since });
    const form = bed.double.latestView('UANNA');
    expect(form?.callback_id).toBe('outcome_reschedule_form');
    const { result } = await bed.form.submit('UANNA', form?.id ?? '', {
      'New start': at('2026-12-02T13:00:00Z'),
    });
    expect(result.ack).toBeUndefined();
    await bed.apps[0]?.idle();
    expect(await stored(bed, id)).toMatchObject({
      startAt: at('2026-12-02T13:00:00Z'),
      remindAt: at('2026-12-02T12:45:00Z'),
      outcomeAskAt: at('2026-12-02T13:30:00Z'),
    });
    expect(text(prompts(bed, 'UANNA')[0])).toContain('Rescheduled: it now starts 2 Dec 2026 14:00.');
    await bed.tick(at('2026-12-02T13:30:00Z'));
    expect(prompts(bed, 'UANNA')).toHaveLength(2);
  });
});

describe('Plan follow-up wherever an activity is completed (product §5.5)', () => {
  let bed: ReminderBed;
  beforeEach(async () => {
    bed = await startReminderBed({ now: MORNING, database });
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
  });
  afterEach(() => bed.stop());

  it('after Done now in App Home, in the daily digest and in a reminder', async () => {
    const fromHome = await bed.form.logActivity('UANNA', bed.person, { Start: at('2026-12-01T13:00:00Z') });
    const fromDigest = await bed.form.logActivity('UANNA', bed.person, { Start: at('2026-12-01T14:00:00Z') });
    const fromReminder = await bed.form.logActivity('UANNA', bed.person, {
      Start: at('2026-12-01T15:00:00Z'),
      'Remind me': '15 minutes before',
    });
    // Saving redraws App Home after the ack: its button is pressed on that view.
    await bed.apps[0]?.idle();

    await bed.t.slack.blockActions({
      userId: 'UANNA',
      actionId: `home_done:${fromHome}`,
      container: { type: 'view', viewId: bed.double.homeView('UANNA')?.id ?? '' },
    });
    await bed.apps[0]?.idle();
    const home = text(bed.double.homeView('UANNA')?.blocks);
    expect(home).toContain(`Activity #${fromHome} is done.`);
    expect(home).toContain(`"action_id":"activity_follow_up:${fromHome}"`);

    await bed.apps[0]?.runDigestTick();
    const digest = bed.double
      .messages(bed.double.dmChannelFor('UANNA'))
      .find((message) => text(message).includes('digest_counts')) as StoredMessage;
    await bed.t.slack.blockActions({
      userId: 'UANNA',
      actionId: `activity_done:${fromDigest}`,
      container: { type: 'message', channelId: digest.channel, messageTs: digest.ts },
    });
    await bed.apps[0]?.idle();
    const redrawn = text(bed.double.message(digest.channel, digest.ts));
    expect(redrawn).toContain(`"action_id":"activity_follow_up:${fromDigest}"`);

    await bed.tick(at('2026-12-01T14:45:00Z'));
    const reminder = bed.double
      .messages(bed.double.dmChannelFor('UANNA'))
      .find((message) => text(message).includes('reminder_actions')) as StoredMessage;
    await bed.t.slack.blockActions({
      userId: 'UANNA',
      actionId: `activity_done:${fromReminder}`,
      container: { type: 'message', channelId: reminder.channel, messageTs: reminder.ts },
    });
    await bed.apps[0]?.idle();
    const after = text(bed.double.message(reminder.channel, reminder.ts));
    expect(after).toContain(`"action_id":"activity_follow_up:${fromReminder}"`);

    // The button opens the Log activity form about the same person.
    const since = bed.double.calls.length;
    await bed.t.slack.blockActions({
      userId: 'UANNA',
      actionId: `activity_follow_up:${fromReminder}`,
      container: { type: 'message', channelId: reminder.channel, messageTs: reminder.ts },
    });
    await bed.double.waitForCall('views.open', undefined, { since });
    expect(bed.double.latestView('UANNA')?.callback_id).toBe('activity_form');
  });
});
