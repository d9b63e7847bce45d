import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { RecordedCall } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Monday 2 March 2026, 10:00 in Stockholm, 04:00 in New York. */
const NOW = new Date('2026-03-02T09:00:00Z');
const HOUR = 60 * 60_000;

describe('Snooze on cards and lists, and the App Homes a change touches', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let clock: SettableClock;
  let personId: number;
  const prisma = () => t.app.database.prisma;
  const stored = (id: number) => prisma().activity.findUniqueOrThrow({ where: { id } });
  const shown = (value: unknown) => JSON.stringify(value);

  const logActivity = (userId: string, fill: Record<string, unknown> = {}) =>
    slack.logActivity(userId, { id: personId, name: 'Pia Person' }, fill);

  /**
   * The Home published for `userId` after call index `since` that passes `check`.
   * Homes published for an earlier step may still arrive late, so the content decides.
   */
  function homePublishedFor(
    userId: string,
    since: number,
    check: (view: string) => boolean = () => true,
  ): Promise<RecordedCall> {
    return t.double.waitForCall(
      'views.publish',
      (call) => call.args.user_id === userId && check(shown(call.args.view)),
      { since },
    );
  }

  function homesPublishedAfter(since: number): string[] {
    return t.double
      .callsTo('views.publish')
      .filter((call) => t.double.calls.indexOf(call) >= since)
      .map((call) => String(call.args.user_id));
  }

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben', locale: 'sv-SE' });
    t.double.addUser({ id: 'UNYC', name: 'nora', tz: 'America/New_York' });
    const workspaceId = (await workspaceOf(t)).id;
    personId = (await addPerson(prisma(), workspaceId, { name: 'Pia Person' })).id;
  });
  afterAll(() => t.stop());
  beforeEach(() => clock.set(NOW));

  it('Snooze until tomorrow on the saved card moves the start to 08:00 tomorrow in the user’s zone, in place, with history', async () => {
    const id = await logActivity('UANNA', { Start: new Date(NOW.getTime() - HOUR) });
    const card = slack.lastEphemeral('UANNA');
    expect(shown(card.blocks)).toContain(`activity_snooze_tomorrow:${id}`);
    expect(shown(card.blocks)).toContain(`activity_snooze_next_week:${id}`);
    const updated = await slack.pressInEphemeral(
      'UANNA',
      card.ts,
      card.channel,
      `activity_snooze_tomorrow:${id}`,
    );
    // Tuesday 3 March 08:00 in Stockholm (UTC+1).
    expect(await stored(id)).toMatchObject({
      startAt: new Date('2026-03-03T07:00:00Z'),
      dueAt: new Date('2026-03-03T07:00:00Z'),
      status: 'NOT_STARTED',
    });
    expect(updated.text).toContain(`Activity #${id} snoozed until 3 Mar 2026`);
    expect(shown(updated.blocks)).not.toContain('overdue');
    expect(t.double.ephemeralMessages({ user: 'UANNA' }).filter((m) => m.ts === card.ts)).toHaveLength(1);
    const events = await prisma().activityEvent.findMany({
      where: { activityId: id },
      orderBy: { id: 'asc' },
    });
    expect(events.at(-1)?.changes).toEqual([expect.objectContaining({ field: 'start' })]);
  });

  it('snoozes to tomorrow on the calendar of a user in New York, not the server’s', async () => {
    const id = await logActivity('UNYC');
    const card = slack.lastEphemeral('UNYC');
    await slack.pressInEphemeral('UNYC', card.ts, card.channel, `activity_snooze_tomorrow:${id}`);
    // 04:00 on Monday in New York: tomorrow is Tuesday, 08:00 EST.
    expect((await stored(id)).startAt).toEqual(new Date('2026-03-03T13:00:00Z'));
  });

  it('Snooze until next week on a list page moves the end when one is set, and redraws the page', async () => {
    const id = await logActivity('UANNA', {
      Subject: 'With an end',
      Start: new Date(NOW.getTime() + HOUR),
      End: new Date(NOW.getTime() + 2 * HOUR),
    });
    await t.slack.slashCommand({ command: '/activity', text: 'list', userId: 'UANNA' });
    const list = slack.lastEphemeral('UANNA');
    const updated = await slack.pressInEphemeral(
      'UANNA',
      list.ts,
      list.channel,
      `activity_snooze_next_week:${id}`,
    );
    // Next Monday, 9 March, 08:00 in Stockholm; the start was before that and stays.
    expect(await stored(id)).toMatchObject({
      startAt: new Date(NOW.getTime() + HOUR),
      endAt: new Date('2026-03-09T07:00:00Z'),
      dueAt: new Date('2026-03-09T07:00:00Z'),
    });
    expect(updated.text).toContain(`Activity #${id} snoozed until 9 Mar 2026`);
    expect(shown(updated.blocks)).toContain('Your activities: open');
    expect(shown(updated.blocks)).toContain('With an end');
  });

  it('a stale Snooze on a done or deleted activity says what changed and moves nothing', async () => {
    const done = await logActivity('UANNA', { Subject: 'Finished meanwhile' });
    const card = slack.lastEphemeral('UANNA');
    await t.slack.slashCommand({ command: '/activity', text: `done ${done}`, userId: 'UANNA' });
    const before = await stored(done);
    const answer = await slack.pressInEphemeral(
      'UANNA',
      card.ts,
      card.channel,
      `activity_snooze_tomorrow:${done}`,
    );
    expect(shown(answer.blocks)).toContain(`Activity #${done} is already done.`);
    expect(shown(answer.blocks)).not.toContain(`activity_snooze_tomorrow:${done}`);
    expect(await stored(done)).toMatchObject({ version: before.version, startAt: before.startAt });

    const deleted = await logActivity('UANNA', { Subject: 'Deleted meanwhile' });
    const second = slack.lastEphemeral('UANNA');
    const untouched = await prisma().activity.update({ where: { id: deleted }, data: { deletedAt: NOW } });
    const gone = await slack.pressInEphemeral(
      'UANNA',
      second.ts,
      second.channel,
      `activity_snooze_next_week:${deleted}`,
    );
    expect(shown(gone.blocks)).toContain('deleted');
    expect(await stored(deleted)).toMatchObject({ startAt: untouched.startAt, version: untouched.version });
  });

  it('Done now pressed by a colleague redraws the responsible’s App Home too, in their language', async () => {
    const id = await logActivity('UANNA', { Subject: 'Ben’s call', Responsible: 'UBEN' });
    await t.slack.slashCommand({ command: '/activity', text: 'list all <@UBEN|ben>', userId: 'UANNA' });
    const list = slack.lastEphemeral('UANNA');
    const since = t.double.calls.length;
    await slack.pressInEphemeral('UANNA', list.ts, list.channel, `activity_done:${id}`);
    const bens = await homePublishedFor('UBEN', since, (view) => !view.includes('Ben’s call'));
    expect(shown(bens.args.view)).toContain('Dina aktiviteter');
    await homePublishedFor('UANNA', since);
  });

  it('/activity done on someone else’s activity redraws both Homes', async () => {
    const id = await logActivity('UANNA', { Subject: 'Done by command', Responsible: 'UBEN' });
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `done ${id}`, userId: 'UANNA' });
    await homePublishedFor('UBEN', since, (view) => !view.includes('Done by command'));
    await homePublishedFor('UANNA', since);
  });

  it('reassigning in the form redraws the new responsible’s Home with the activity, and the old one’s without', async () => {
    const id = await logActivity('UANNA', { Subject: 'Handed over' });
    const opened = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `edit ${id}`, userId: 'UNYC' });
    await t.double.waitForCall('views.open', undefined, { since: opened });
    const form = t.double.latestView('UNYC')!;
    const { since } = await slack.submit('UNYC', form.id, { Responsible: 'UBEN' });
    await homePublishedFor('UBEN', since, (view) => view.includes('Handed over'));
    await homePublishedFor('UANNA', since, (view) => !view.includes('Handed over'));
    await homePublishedFor('UNYC', since);
  });

  it('does not publish anyone else’s Home for a change to one’s own activity', async () => {
    const id = await logActivity('UANNA', { Subject: 'Mine alone' });
    const card = slack.lastEphemeral('UANNA');
    const since = t.double.calls.length;
    await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_start:${id}`);
    await homePublishedFor('UANNA', since);
    expect(homesPublishedAfter(since)).toEqual(['UANNA']);
  });
});
