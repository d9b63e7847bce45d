import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

// Monday 7 December 2026, 08:00 UTC (09:00 in Stockholm).
const NOW = new Date('2026-12-07T08:00:00Z');
const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
const TUESDAY_10 = seconds('2026-12-08T09:00:00Z');
const THURSDAY_10 = seconds('2026-12-10T09:00:00Z');

type Block = { type: string; block_id?: string; element?: Record<string, unknown> };

/** The input of a form field (its block id is `<field>.<revision>`). */
function input(view: SlackView, field: string): Block | undefined {
  return (view.blocks as Block[]).find((b) => b.type === 'input' && b.block_id?.split('.')[0] === field);
}

describe('a series changed from Slack: This one or This and following, the rule, custom rules, delete and undo (product §3.6)', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let pia: { id: number; name: string };
  const prisma = () => t.app.database.prisma;
  const person = () => ({ text: { type: 'plain_text', text: pia.name }, value: String(pia.id) });

  /** A weekly Tuesday 10:00 series logged through the form by Anna; its first occurrence's id. */
  const weekly = (subject: string) =>
    slack.logActivity('UANNA', pia, { Subject: subject, Start: TUESDAY_10, Repeat: 'weekly' });

  async function openEdit(userId: string, id: number): Promise<SlackView> {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `edit ${id}`, userId });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView(userId);
    if (!view) throw new Error('no edit form opened');
    return view;
  }

  const seriesOf = async (id: number) => {
    const activity = await prisma().activity.findUniqueOrThrow({ where: { id } });
    return prisma().activitySeries.findUniqueOrThrow({ where: { id: activity.seriesId as number } });
  };
  const openOccurrences = (subject: string) =>
    prisma().activity.findMany({
      where: { subject, status: { not: 'DONE' }, deletedAt: null },
      orderBy: { id: 'asc' },
    });

  /** Presses a button on the latest ephemeral card of the user; the message as it is after. */
  async function pressOnCard(userId: string, actionId: string) {
    const card = slack.lastEphemeral(userId);
    return slack.pressInEphemeral(userId, card.ts, card.channel, actionId);
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    pia = await addPerson(prisma(), (await workspaceOf(t)).id, { name: 'Pia Persson' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('moving a Tuesday occurrence to Thursday: This one moves only it; This and following makes the series weekly on Thursdays', async () => {
    const one = await weekly('Only this one moves');
    let form = await openEdit('UANNA', one);
    expect(input(form, 'scope')?.element?.initial_option).toMatchObject({ value: 'this' });
    let saved = await slack.submit('UANNA', form.id, { Start: THURSDAY_10 });
    expect(saved.result.ack).toBeUndefined();
    expect(await prisma().activity.findUniqueOrThrow({ where: { id: one } })).toMatchObject({
      startAt: new Date('2026-12-10T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    });
    expect((await seriesOf(one)).rule).toBe('FREQ=WEEKLY;BYDAY=TU');

    const following = await weekly('This and following moves');
    form = await openEdit('UANNA', following);
    saved = await slack.submit('UANNA', form.id, {
      Start: THURSDAY_10,
      'Apply the changes to': 'This and following',
    });
    expect(saved.result.ack).toBeUndefined();
    expect(await prisma().activity.findUniqueOrThrow({ where: { id: following } })).toMatchObject({
      startAt: new Date('2026-12-10T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    });
    expect((await seriesOf(following)).rule).toBe('FREQ=WEEKLY;BYDAY=TH');
    // The next occurrence of each: the old Tuesdays go on; the moved series is on Thursdays.
    const done = await t.slack.slashCommand({
      command: '/activity',
      text: `done ${following}`,
      userId: 'UANNA',
    });
    expect(JSON.stringify(done.ack)).toContain('The next one is 17 Dec 2026 10:00');
    const other = await t.slack.slashCommand({ command: '/activity', text: `done ${one}`, userId: 'UANNA' });
    expect(JSON.stringify(other.ack)).toContain('The next one is 15 Dec 2026 10:00');
  });

  it('the edit form shows the series’ rule; another choice changes the series, Never stops it, and a single activity can be made to repeat', async () => {
    const id = await weekly('Rule changed in the form');
    let form = await openEdit('USVEN', id);
    expect(input(form, 'repeat')?.element?.initial_option).toMatchObject({ value: 'weekly' });
    let saved = await slack.submit('USVEN', form.id, { Upprepa: 'monthlyDay', 'Slutar efter (gånger)': '4' });
    expect(saved.result.ack).toBeUndefined();
    expect((await prisma().activity.findUniqueOrThrow({ where: { id } })).recurrence).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=8;COUNT=4',
    );
    expect(await seriesOf(id)).toMatchObject({ rule: 'FREQ=MONTHLY;BYMONTHDAY=8;COUNT=4', endedAt: null });
    expect(JSON.stringify((await slack.savedCard(saved.since)).blocks)).toContain(
      '↻ den 8:e varje månad, 4 gånger',
    );

    form = await openEdit('UANNA', id);
    expect(input(form, 'repeatCount')?.element?.initial_value).toBe('4');
    saved = await slack.submit('UANNA', form.id, { Repeat: 'never', 'Ends after (times)': null });
    expect(saved.result.ack).toBeUndefined();
    expect((await prisma().activity.findUniqueOrThrow({ where: { id } })).recurrence).toBeNull();
    expect((await seriesOf(id)).endedAt).not.toBeNull();

    const single = await slack.logActivity('UANNA', pia, { Subject: 'Made to repeat', Start: TUESDAY_10 });
    form = await openEdit('UANNA', single);
    expect(input(form, 'scope')).toBeUndefined();
    expect(input(form, 'repeat')?.element?.initial_option).toMatchObject({ value: 'never' });
    saved = await slack.submit('UANNA', form.id, { Repeat: 'biweekly' });
    expect(saved.result.ack).toBeUndefined();
    expect(await seriesOf(single)).toMatchObject({
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      currentActivityId: single,
    });
  });

  it('Delete on an occurrence asks first: This one makes the next occurrence, This and following ends the series', async () => {
    const one = await weekly('Delete just this');
    let asked = await pressOnCard('UANNA', `activity_delete:${one}`);
    expect(JSON.stringify(asked)).toContain(`Activity #${one} repeats (↻ every Tuesday)`);
    expect(JSON.stringify(asked)).toContain(`activity_delete_following:${one}`);
    // Nothing is deleted until the question is answered.
    expect((await prisma().activity.findUniqueOrThrow({ where: { id: one } })).deletedAt).toBeNull();
    let answered = await pressOnCard('UANNA', `activity_delete_this:${one}`);
    expect(JSON.stringify(answered)).toContain(`Activity #${one} deleted`);
    expect(JSON.stringify(answered)).toContain('The next one is 15 Dec 2026 10:00');
    expect(JSON.stringify(answered)).toContain(`activity_undo:${one}`);
    const [next] = await openOccurrences('Delete just this');
    expect(next?.startAt).toEqual(new Date('2026-12-15T09:00:00Z'));
    expect((await seriesOf(one)).currentActivityId).toBe(next?.id);

    const all = await weekly('Delete this and following');
    asked = await pressOnCard('UANNA', `activity_delete:${all}`);
    answered = await pressOnCard('UANNA', `activity_delete_following:${all}`);
    expect(JSON.stringify(answered)).toContain('its series ends');
    expect(await openOccurrences('Delete this and following')).toEqual([]);
    expect((await seriesOf(all)).endedAt).not.toBeNull();

    // Its undo takes the whole delete back: the series goes on from the restored occurrence.
    const undone = await pressOnCard('UANNA', `activity_undo:${all}`);
    expect(JSON.stringify(undone)).toContain('Its series goes on from this one again');
    expect(await seriesOf(all)).toMatchObject({ endedAt: null, currentActivityId: all });

    const kept = await weekly('Delete cancelled');
    await pressOnCard('UANNA', `activity_delete:${kept}`);
    const cancelled = await pressOnCard('UANNA', `activity_delete_keep:${kept}`);
    expect(JSON.stringify(cancelled)).toContain('Nothing was deleted');
    expect(JSON.stringify(cancelled)).toContain(`activity_delete:${kept}`);
    expect((await prisma().activity.findUniqueOrThrow({ where: { id: kept } })).deletedAt).toBeNull();

    // Stopped meanwhile (from another card), the answer deletes a single activity and says no more.
    await pressOnCard('UANNA', `activity_delete:${kept}`);
    const question = slack.lastEphemeral('UANNA');
    await t.slack.slashCommand({ command: '/activity', text: `show ${kept}`, userId: 'UANNA' });
    await pressOnCard('UANNA', `activity_stop_repeating:${kept}`);
    expect((await prisma().activity.findUniqueOrThrow({ where: { id: kept } })).recurrence).toBeNull();
    const late = await slack.pressInEphemeral(
      'UANNA',
      question.ts,
      question.channel,
      `activity_delete_following:${kept}`,
    );
    expect(JSON.stringify(late)).toContain(`Activity #${kept} deleted. You can undo this for 30 days.`);
    expect(JSON.stringify(late)).not.toContain('its series ends');
  });

  it('undoing a This one delete removes the untouched next occurrence it made: one open occurrence', async () => {
    const id = await weekly('Undo the delete');
    await pressOnCard('UANNA', `activity_delete:${id}`);
    await pressOnCard('UANNA', `activity_delete_this:${id}`);
    const [made] = await openOccurrences('Undo the delete');
    const undone = await pressOnCard('UANNA', `activity_undo:${id}`);
    expect(JSON.stringify(undone)).toContain(
      `next occurrence the delete made (#${made?.id}) has been removed`,
    );
    expect((await openOccurrences('Undo the delete')).map((a) => a.id)).toEqual([id]);
    expect(await prisma().activity.count({ where: { id: made?.id } })).toBe(0);
    expect(await seriesOf(id)).toMatchObject({ currentActivityId: id, occurrences: 1 });
    // The series goes on as before the delete: completing it makes next Tuesday's.
    const done = await t.slack.slashCommand({ command: '/activity', text: `done ${id}`, userId: 'UANNA' });
    expect(JSON.stringify(done.ack)).toContain('The next one is 15 Dec 2026 10:00');
    expect(await openOccurrences('Undo the delete')).toHaveLength(1);

    // A next occurrence someone has worked on stays; the restored one comes back on its own.
    const other = await weekly('Undo after the series moved on');
    await pressOnCard('UANNA', `activity_delete:${other}`);
    await pressOnCard('UANNA', `activity_delete_this:${other}`);
    const card = slack.lastEphemeral('UANNA');
    const [worked] = await openOccurrences('Undo after the series moved on');
    const form = await openEdit('UANNA', worked?.id as number);
    await slack.submit('UANNA', form.id, { Notes: 'Agenda sent' });
    const restored = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_undo:${other}`);
    expect(JSON.stringify(restored)).toContain('back as a single activity');
    const open = await openOccurrences('Undo after the series moved on');
    expect(open.map((a) => [a.id, a.recurrence])).toEqual([
      [other, null],
      [worked?.id, 'FREQ=WEEKLY;BYDAY=TU'],
    ]);
  });

  it('a custom rule: every 3 weeks on Monday and Thursday, saved as an RRULE and shown in words in English and Swedish', async () => {
    const view = await slack.openForm('UANNA');
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'activity_form_repeat',
      selectedOption: 'custom',
      container: { type: 'view', viewId: view.id },
      fill: { Person: person(), Type: 'Meeting', Subject: 'Custom rhythm', Start: TUESDAY_10 },
    });
    await t.double.waitForCall('views.update', undefined, { since });
    const drawn = t.double.view(view.id) as SlackView;
    expect(input(drawn, 'subject')?.element?.initial_value).toBe('Custom rhythm');
    const { result, since: saved } = await slack.submit('UANNA', view.id, {
      'Every (1–99)': '3',
      'Days, weeks or months': 'week',
      'On (weeks only)': ['MO', 'TH'],
    });
    expect(result.ack).toBeUndefined();
    expect(JSON.stringify((await slack.savedCard(saved)).blocks)).toContain(
      '↻ every 3 weeks on Monday and Thursday',
    );
    const stored = await prisma().activity.findFirstOrThrow({ where: { subject: 'Custom rhythm' } });
    expect(stored.recurrence).toBe('FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH');
    const shown = await t.slack.slashCommand({
      command: '/activity',
      text: `show ${stored.id}`,
      userId: 'USVEN',
    });
    expect(JSON.stringify(shown.ack)).toContain('↻ var 3:e vecka på måndag och torsdag');

    // The edit form shows it as the custom rule it is.
    const form = await openEdit('UANNA', stored.id);
    expect(input(form, 'repeat')?.element?.initial_option).toMatchObject({ value: 'custom' });
    expect(input(form, 'repeatInterval')?.element?.initial_value).toBe('3');
  });

  it('refuses a custom interval outside 1–99, and weekdays for days, in Swedish beside Repeat, and saves nothing', async () => {
    const before = await prisma().activity.count();
    const view = await slack.openForm('USVEN');
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'USVEN',
      actionId: 'activity_form_repeat',
      selectedOption: 'custom',
      container: { type: 'view', viewId: view.id },
      fill: { Person: person(), Typ: 'Möte', Ämne: 'Fel intervall', Start: TUESDAY_10 },
    });
    await t.double.waitForCall('views.update', undefined, { since });
    for (const [fill, message] of [
      [{ 'Var (1–99)': '100' }, 'Intervallet måste vara 1–99 (dagar, veckor, månader eller år).'],
      [{ 'Var (1–99)': '0' }, 'Intervallet måste vara 1–99 (dagar, veckor, månader eller år).'],
      [
        { 'Var (1–99)': '2', 'Dagar, veckor eller månader': 'day', 'På (bara veckor)': ['MO'] },
        'Veckodagar går bara att välja när det upprepas med veckor: välj veckor, eller ta bort bocken för veckodagarna.',
      ],
    ] as const) {
      const { result } = await slack.submit('USVEN', view.id, fill);
      const ack = result.ack as { response_action: string; errors: Record<string, string> };
      expect(ack.response_action).toBe('errors');
      expect(Object.entries(ack.errors)).toEqual([[expect.stringMatching(/^repeat\./), message]]);
    }
    expect(await prisma().activity.count()).toBe(before);
  });
});
