import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import { startTestApp, type TestApp } from '../../support/test-app';

// Monday 7 December 2026, 08:00 UTC (09:00 in Stockholm).
const NOW = new Date('2026-12-07T08:00:00Z');
const TUESDAY_10 = Math.floor(new Date('2026-12-08T09:00:00Z').getTime() / 1000);

describe('Repeat in the Log activity form (product §3.6)', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let pia: { id: number; name: string };
  const prisma = () => t.app.database.prisma;
  const person = () => ({ text: { type: 'plain_text', text: pia.name }, value: String(pia.id) });

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

  it('logs a repeating activity from a preset and an end, and the card says how it repeats', async () => {
    const view = await slack.openForm('UANNA');
    const { result, since } = await slack.submit('UANNA', view.id, {
      Person: person(),
      Type: 'Meeting',
      Subject: 'Steering group',
      Start: TUESDAY_10,
      Repeat: 'Every 2 weeks, on the start’s weekday',
      'Ends after (times)': '6',
    });
    expect(result.ack).toBeUndefined();
    const card = await slack.savedCard(since);
    expect(JSON.stringify(card.blocks)).toContain('↻ every 2nd Tuesday, 6 times');
    const saved = await prisma().activity.findFirstOrThrow({ where: { subject: 'Steering group' } });
    expect(saved.recurrence).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6');
    expect(await prisma().activitySeries.count({ where: { currentActivityId: saved.id } })).toBe(1);
  });

  it('monthly on the same weekday, ending on a day, in Swedish', async () => {
    const view = await slack.openForm('USVEN');
    const { result, since } = await slack.submit('USVEN', view.id, {
      Person: person(),
      Typ: 'Möte',
      Ämne: 'Månadsavstämning',
      Start: TUESDAY_10,
      Upprepa: 'monthlyWeekday',
      'Slutar den': '2027-06-30',
    });
    expect(result.ack).toBeUndefined();
    expect(JSON.stringify((await slack.savedCard(since)).blocks)).toContain(
      '↻ den andra tisdagen i månaden, till och med 30 juni 2027',
    );
  });

  it('refuses both ends at once beside Repeat, keeps what was typed and saves nothing', async () => {
    const before = await prisma().activity.count();
    const view = await slack.openForm('USVEN');
    const { result } = await slack.submit('USVEN', view.id, {
      Person: person(),
      Typ: 'Möte',
      Ämne: 'Två slut',
      Start: TUESDAY_10,
      Upprepa: 'weekly',
      'Slutar efter (gånger)': '3',
      'Slutar den': '2027-01-31',
    });
    const ack = result.ack as { response_action: string; errors: Record<string, string> };
    expect(ack.response_action).toBe('errors');
    expect(Object.entries(ack.errors)).toEqual([
      [
        expect.stringMatching(/^repeat\./),
        'En serie slutar antingen ett visst datum eller efter ett antal gånger, inte båda.',
      ],
    ]);
    expect(await prisma().activity.count()).toBe(before);
  });

  it('Done now on the card of an occurrence says when the next one is; Stop repeating ends the series', async () => {
    const id = await slack.logActivity('UANNA', pia, {
      Subject: 'Weekly call',
      Start: TUESDAY_10,
      Repeat: 'weekly',
    });
    const card = slack.lastEphemeral('UANNA');
    expect(JSON.stringify(card.blocks)).toContain(`activity_stop_repeating:${id}`);
    const done = await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_done:${id}`);
    expect(JSON.stringify(done)).toContain('The next one is 15 Dec 2026 10:00');
    // The completed occurrence has no series left to stop.
    expect(JSON.stringify(done)).not.toContain(`activity_stop_repeating:${id}`);
    expect(await prisma().activity.count({ where: { subject: 'Weekly call', status: 'NOT_STARTED' } })).toBe(
      1,
    );

    const other = await slack.logActivity('UANNA', pia, {
      Subject: 'Monthly call',
      Start: TUESDAY_10,
      Repeat: 'monthlyDay',
    });
    const otherCard = slack.lastEphemeral('UANNA');
    const stopped = await slack.pressInEphemeral(
      'UANNA',
      otherCard.ts,
      otherCard.channel,
      `activity_stop_repeating:${other}`,
    );
    expect(JSON.stringify(stopped)).toContain(`Activity #${other} no longer repeats`);
    expect(JSON.stringify(stopped)).not.toContain(`activity_stop_repeating:${other}`);
    expect(JSON.stringify(stopped)).not.toContain('↻ monthly');
    const after = await prisma().activity.findUniqueOrThrow({ where: { id: other } });
    expect(after.recurrence).toBeNull();
    const series = await prisma().activitySeries.findUniqueOrThrow({
      where: { id: after.seriesId as number },
    });
    expect(series.endedAt).not.toBeNull();
  });

  it('an edit form shows Repeat prefilled with the rule; saved unchanged, the rule stays as it is', async () => {
    const saved = await prisma().activity.findFirstOrThrow({ where: { subject: 'Steering group' } });
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `edit ${saved.id}`, userId: 'UANNA' });
    await t.double.waitForCall('views.open', undefined, { since });
    const edit = t.double.latestView('UANNA');
    const shown = JSON.stringify(edit?.blocks);
    expect(shown).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Every 2 weeks, on the start’s weekday","emoji":true},"value":"biweekly"}',
    );
    expect(shown).toContain('"initial_value":"6"');
    const { result } = await slack.submit('UANNA', edit?.id as string, {
      Subject: 'Steering group (new room)',
    });
    expect(result.ack).toBeUndefined();
    const after = await prisma().activity.findUniqueOrThrow({ where: { id: saved.id } });
    expect(after).toMatchObject({
      subject: 'Steering group (new room)',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6',
    });
  });
});
