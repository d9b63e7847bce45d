import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { EphemeralMessage } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');

/** The same card as a normal message, as a DM the app sent would carry it. */
const cardOf = (message: EphemeralMessage) => ({ text: message.text ?? '', blocks: message.blocks ?? [] });

describe('buttons on activity messages', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let clock: SettableClock;
  let personId: number;
  const prisma = () => t.app.database.prisma;

  /** Logs an activity through the modal as `userId`; returns its id. */
  const logActivity = (userId: string, fill: Record<string, unknown> = {}) =>
    slack.logActivity(userId, { id: personId, name: 'Pia Person' }, fill);

  const stored = (id: number) => prisma().activity.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
    t.double.addUser({ id: 'UCARL', name: 'carl' });
    const workspaceId = (await workspaceOf(t)).id;
    personId = (await addPerson(prisma(), workspaceId, { name: 'Pia Person' })).id;
  });
  afterAll(() => t.stop());

  it('Done now on the saved card sets end and status together and updates the card in place', async () => {
    const id = await logActivity('UANNA');
    const card = slack.lastEphemeral('UANNA');
    clock.advance(5 * 60_000);
    const updated = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_done:${id}`);
    expect(await stored(id)).toMatchObject({ status: 'DONE', endAt: clock.now(), completedAt: clock.now() });
    const shown = JSON.stringify(updated.blocks);
    expect(shown).toContain(`Activity #${id} is done.`);
    expect(shown).toContain('Done');
    expect(shown).not.toContain(`activity_done:${id}`);
    expect(t.double.ephemeralMessages({ user: 'UANNA' }).filter((m) => m.ts === card.ts)).toHaveLength(1);
  });

  it('Plan follow-up on a done activity opens a prefilled form for the same person', async () => {
    const id = await logActivity('UANNA', { Subject: 'Pitch' });
    const card = slack.lastEphemeral('UANNA');
    const done = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_done:${id}`);
    expect(JSON.stringify(done.blocks)).toContain(`activity_follow_up:${id}`);
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: `activity_follow_up:${id}`,
      container: { type: 'message', channelId: card.channel, messageTs: card.ts, isEphemeral: true },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    const form = t.double.latestView('UANNA')!;
    const element = (field: string) =>
      (
        form.blocks.find((b) => String(b.block_id).startsWith(`${field}.`)) as {
          element: Record<string, unknown>;
        }
      ).element;
    expect(element('person').initial_option).toMatchObject({ value: String(personId) });
    expect(element('type').initial_option).toMatchObject({ text: { text: 'Follow-up' } });
    expect(element('subject').initial_value).toBe('Pitch');
    // The Follow-up type is due in 2 working days: the suggested start, which the user may change.
    const suggested = new Date(clock.now().getTime() + 2 * 24 * 60 * 60 * 1000);
    expect(element('start').initial_date_time).toBe(Math.floor(suggested.getTime() / 1000));
    const saved = await slack.submit('UANNA', form.id, {});
    expect(saved.result.ack).toBeUndefined();
    const followUp = await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(followUp).toMatchObject({ personId, subject: 'Pitch', status: 'NOT_STARTED' });
    expect(followUp.id).not.toBe(id);
  });

  it('a stale Done now says what changed instead of acting', async () => {
    const id = await logActivity('UANNA');
    const card = slack.lastEphemeral('UANNA');
    await t.slack.slashCommand({ command: '/activity', text: `done ${id}`, userId: 'UBEN' });
    const version = (await stored(id)).version;
    const updated = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_done:${id}`);
    expect(JSON.stringify(updated.blocks)).toContain(`Activity #${id} is already done.`);
    expect((await stored(id)).version).toBe(version);
  });

  it('a button on an activity the user can no longer see, or that was deleted, says so and does nothing', async () => {
    const id = await logActivity('UBEN', { 'Only visible to responsible': true });
    const card = slack.lastEphemeral('UBEN');
    const opened = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `edit ${id}`, userId: 'UBEN' });
    await t.double.waitForCall('views.open', undefined, { since: opened });
    const form = t.double.latestView('UBEN')!;
    await slack.submit('UBEN', form.id, { Responsible: 'UANNA' });
    const version = (await stored(id)).version;
    const gone = await slack.pressInEphemeral('UBEN', card.ts, card.channel, `activity_done:${id}`);
    expect(gone.text).toBe(`There is no activity #${id} that you can see.`);
    expect(JSON.stringify(gone.blocks)).not.toContain('activity_done');
    expect((await stored(id)).version).toBe(version);

    const other = await logActivity('UANNA');
    const otherCard = slack.lastEphemeral('UANNA');
    // The same card also sits in a DM, where it goes stale when deleted from the first one.
    const dm = t.double.dmChannelFor('UANNA');
    const copy = t.double.workspace.channels.post(dm, cardOf(otherCard));
    await slack.pressInEphemeral('UANNA', otherCard.ts, otherCard.channel, `activity_delete:${other}`);
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: `activity_start:${other}`,
      container: { type: 'message', channelId: dm, messageTs: copy.ts },
    });
    await t.double.waitForCall('chat.update', undefined, { since });
    const stale = t.double.message(dm, copy.ts)!;
    expect(stale.text).toContain(`Activity #${other} has been deleted.`);
    expect(JSON.stringify(stale.blocks)).toContain(`activity_undo:${other}`);
    expect((await stored(other)).status).toBe('NOT_STARTED');
  });

  it('Start moves it to In progress; pressing it again says it already is', async () => {
    const id = await logActivity('UANNA');
    const card = slack.lastEphemeral('UANNA');
    const started = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_start:${id}`);
    expect((await stored(id)).status).toBe('IN_PROGRESS');
    expect(JSON.stringify(started.blocks)).toContain('In progress');
    expect(JSON.stringify(started.blocks)).not.toContain(`activity_start:${id}`);
  });

  it('Delete offers Undo, and Undo brings the activity back, with history', async () => {
    const id = await logActivity('UANNA');
    const card = slack.lastEphemeral('UANNA');
    const deleted = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_delete:${id}`);
    expect((await stored(id)).deletedAt).toEqual(clock.now());
    expect(JSON.stringify(deleted.blocks)).toContain('You can undo this for 30 days.');
    const show = await t.slack.slashCommand({ command: '/activity', text: `show ${id}`, userId: 'UANNA' });
    expect(show.ack?.text).toContain(`Activity #${id} has been deleted.`);
    expect(JSON.stringify(show.ack?.blocks)).toContain(`activity_undo:${id}`);
    const restored = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_undo:${id}`);
    expect((await stored(id)).deletedAt).toBeNull();
    expect(JSON.stringify(restored.blocks)).toContain(`Activity #${id} is back.`);
    const kinds = await prisma().activityEvent.findMany({
      where: { activityId: id },
      orderBy: { id: 'asc' },
    });
    expect(kinds.map((k) => k.kind)).toEqual(['CREATED', 'DELETED', 'RESTORED']);
  });

  it('refuses Delete to someone who is neither creator, responsible nor admin, and changes nothing', async () => {
    const id = await logActivity('UANNA');
    const dm = t.double.dmChannelFor('UCARL');
    // A card as drawn for someone allowed to delete, reaching Carl's DM.
    const posted = t.double.workspace.channels.post(dm, cardOf(slack.lastEphemeral('UANNA')));
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UCARL',
      actionId: `activity_delete:${id}`,
      container: { type: 'message', channelId: dm, messageTs: posted.ts },
    });
    const answer = await t.double.waitForCall('response_url', undefined, { since });
    expect(answer.args).toMatchObject({
      replace_original: false,
      text: `Only the creator, the responsible or an admin may delete or restore activity #${id}.`,
    });
    expect((await stored(id)).deletedAt).toBeNull();
    expect(t.double.callsTo('chat.update').filter((c) => t.double.calls.indexOf(c) >= since)).toHaveLength(0);
  });

  it('updates a normal message (a DM) with chat.update', async () => {
    const id = await logActivity('UANNA');
    const dm = t.double.dmChannelFor('UANNA');
    const posted = t.double.workspace.channels.post(dm, cardOf(slack.lastEphemeral('UANNA')));
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: `activity_done:${id}`,
      container: { type: 'message', channelId: dm, messageTs: posted.ts },
    });
    await t.double.waitForCall('chat.update', undefined, { since });
    expect(JSON.stringify(t.double.message(dm, posted.ts)?.blocks)).toContain(`Activity #${id} is done.`);
    expect((await stored(id)).status).toBe('DONE');
  });

  it('Edit opens the form on current values; a reopening edit clears the end', async () => {
    const id = await logActivity('UANNA', { Status: 'Done' });
    expect((await stored(id)).endAt).toEqual(clock.now());
    const card = slack.lastEphemeral('UANNA');
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: `activity_edit:${id}`,
      container: { type: 'message', channelId: card.channel, messageTs: card.ts, isEphemeral: true },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    const form = t.double.latestView('UANNA')!;
    expect(form.title).toMatchObject({ text: 'Edit activity' });
    expect(JSON.stringify(form.blocks)).toContain(`Activity #${id}`);
    const saved = await slack.submit('UANNA', form.id, { Status: 'In progress' });
    expect(saved.result.ack).toBeUndefined();
    expect(await stored(id)).toMatchObject({ status: 'IN_PROGRESS', endAt: null, completedAt: null });
  });
});
