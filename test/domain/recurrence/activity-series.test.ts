import { ActivityActionRefused } from '../../../src/domain/activities/activity-errors';
import type { ActivityRecord } from '../../../src/domain/activities/activity-record';
import { ValidationError } from '../../../src/domain/validation-error';
import type { Viewer } from '../../../src/domain/viewer';
import { messages } from '../../../src/i18n';
import { type ActivityBed, addPerson, openActivityBed, typeByKey } from '../../support/fixtures/activities';

// Monday 7 December 2026, 08:00 UTC (09:00 in Stockholm).
const NOW = new Date('2026-12-07T08:00:00Z');

describe('repeating activities (product §3.6)', () => {
  let bed: ActivityBed;
  let anna: Viewer;
  let typeId: number;

  /** A fresh person per test, so counts of open activities belong to the test alone. */
  const person = async (name: string) => (await addPerson(bed.prisma, bed.workspace.id, { name })).id;

  const create = async (personId: number, input: Record<string, unknown>) =>
    bed.services.create.execute(await bed.acting('UANNA'), {
      personId,
      typeId,
      subject: 'Key account call',
      responsibleSlackUserId: 'UANNA',
      notes: 'Ask about the order',
      isPrivate: false,
      ...input,
    });

  const openOf = (personId: number) =>
    bed.prisma.activity.findMany({
      where: { personId, deletedAt: null, status: { not: 'DONE' } },
      orderBy: { id: 'asc' },
    });

  const seriesOf = (record: ActivityRecord) =>
    bed.prisma.activitySeries.findUniqueOrThrow({ where: { id: record.seriesId as number } });

  beforeAll(async () => {
    bed = await openActivityBed(NOW);
    bed.double.addUser({ id: 'UANNA', name: 'anna', tz: 'Europe/Stockholm' });
    bed.double.addUser({ id: 'UNICK', name: 'nick', tz: 'America/New_York' });
    anna = await bed.viewer('UANNA');
    typeId = (await typeByKey(bed.prisma, bed.workspace.id, 'OUTGOING_CALL')).id;
  });
  beforeEach(() => bed.clock.set(NOW));
  afterAll(() => bed.stop());

  it('completing an occurrence makes the next one with the same person, type, subject, responsible, privacy and notes', async () => {
    const pia = await person('Pia Weekly');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'), // Tuesday 10:00 in Stockholm
      recurrence: 'FREQ=WEEKLY',
      isPrivate: true,
    });
    expect(first).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=TU', seriesId: expect.any(Number) });

    const done = await bed.services.complete.execute(anna, first.id);
    expect(done.status).toBe('DONE');
    const next = done.nextOccurrence as ActivityRecord;
    expect(next).toMatchObject({
      status: 'NOT_STARTED',
      startAt: new Date('2026-12-15T09:00:00Z'),
      subject: 'Key account call',
      notes: 'Ask about the order',
      isPrivate: true,
      person: { id: pia },
      type: { id: typeId },
      responsible: { slackUserId: 'UANNA' },
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      seriesId: first.seriesId,
    });
    expect((await openOf(pia)).map((a) => a.id)).toEqual([next.id]);
    // The next occurrence's history says it repeats.
    const detail = await bed.services.get.detail(anna, next.id);
    expect(detail?.history[0]).toMatchObject({
      kind: 'CREATED',
      changes: expect.arrayContaining([{ field: 'recurrence', from: null, to: 'FREQ=WEEKLY;BYDAY=TU' }]),
    });
    expect(await seriesOf(first)).toMatchObject({ occurrences: 2, currentActivityId: next.id });
  });

  it('the next occurrence keeps the reminder lead and reminds before its own start (product §5.4)', async () => {
    const pia = await person('Pia Reminder');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
      remindLeadMinutes: 15,
    });
    const next = (await bed.services.complete.execute(anna, first.id)).nextOccurrence as ActivityRecord;
    expect(next).toMatchObject({
      remindLeadMinutes: 15,
      remindAt: new Date('2026-12-15T08:45:00Z'),
    });
  });

  it('an occurrence completed weeks late is followed by one next occurrence after today, never a pile of overdue copies', async () => {
    const pia = await person('Pia Late');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=DAILY',
    });
    bed.clock.set(new Date('2026-12-29T12:00:00Z')); // three weeks later, 13:00 in Stockholm
    const done = await bed.services.complete.execute(anna, first.id);
    expect(done.nextOccurrence?.startAt).toEqual(new Date('2026-12-30T09:00:00Z'));
    expect(await openOf(pia)).toHaveLength(1);
  });

  it('keeps 10:00 in the responsible’s zone across the daylight-saving change (New York)', async () => {
    const pia = await person('Pia New York');
    bed.clock.set(new Date('2027-03-08T12:00:00Z'));
    const { record: first } = await bed.services.create.execute(await bed.acting('UNICK'), {
      personId: pia,
      typeId,
      subject: 'Weekly check-in',
      responsibleSlackUserId: 'UNICK',
      startAt: new Date('2027-03-12T15:00:00Z'), // Friday 10:00 EST
      recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    });
    const nick = await bed.viewer('UNICK');
    const done = await bed.services.complete.execute(nick, first.id);
    expect(done.nextOccurrence?.startAt).toEqual(new Date('2027-03-19T14:00:00Z')); // 10:00 EDT
  });

  it('an occurrence with an end keeps its length in the next one', async () => {
    const pia = await person('Pia Length');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      endAt: new Date('2026-12-08T10:30:00Z'),
      recurrence: 'FREQ=MONTHLY;BYDAY=+2TU',
    });
    const next = (await bed.services.complete.execute(anna, first.id)).nextOccurrence as ActivityRecord;
    expect(next).toMatchObject({
      startAt: new Date('2027-01-12T09:00:00Z'),
      endAt: new Date('2027-01-12T10:30:00Z'),
      dueAt: new Date('2027-01-12T10:30:00Z'),
    });
  });

  it('a series ending after N times makes no occurrence after the Nth, and says so', async () => {
    const pia = await person('Pia Twice');
    const { record: first } = await create(pia, { startAt: NOW, recurrence: 'FREQ=DAILY;COUNT=2' });
    const second = (await bed.services.complete.execute(anna, first.id)).nextOccurrence as ActivityRecord;
    expect(second.startAt).toEqual(new Date('2026-12-08T08:00:00Z'));
    const last = await bed.services.complete.execute(anna, second.id);
    expect(last.nextOccurrence).toBeNull();
    expect(await openOf(pia)).toHaveLength(0);
    expect((await seriesOf(first)).endedAt).not.toBeNull();
  });

  it('deleting "this one only" makes the next occurrence; "this and following" ends the series', async () => {
    const pia = await person('Pia Delete');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
    });
    const deleted = await bed.services.delete.execute(anna, first.id, { scope: 'this' });
    expect(deleted.deletedAt).not.toBeNull();
    const second = deleted.nextOccurrence as ActivityRecord;
    expect(second.startAt).toEqual(new Date('2026-12-15T09:00:00Z'));
    expect((await openOf(pia)).map((a) => a.id)).toEqual([second.id]);

    const ended = await bed.services.delete.execute(anna, second.id, { scope: 'following' });
    expect(ended.nextOccurrence).toBeUndefined();
    expect(await openOf(pia)).toHaveLength(0);
    expect((await seriesOf(first)).endedAt).not.toBeNull();
  });

  it('restoring a "this one" delete removes the untouched next occurrence and counts it out, so a series ending after N still makes N', async () => {
    const pia = await person('Pia Restored');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY;COUNT=2',
    });
    // Deleted three weeks late: the next occurrence is the first Tuesday after today.
    bed.clock.set(new Date('2026-12-30T08:00:00Z'));
    const deleted = await bed.services.delete.execute(anna, first.id);
    const made = deleted.nextOccurrence as ActivityRecord;
    expect(made.startAt).toEqual(new Date('2027-01-05T09:00:00Z'));
    const restored = await bed.services.restore.execute(anna, first.id);
    expect(restored.series).toEqual({ kind: 'replaced', removedId: made.id });
    expect((await openOf(pia)).map((a) => a.id)).toEqual([first.id]);
    expect(await seriesOf(first)).toMatchObject({ currentActivityId: first.id, occurrences: 1 });
    // The series goes on as before the delete: the same next time, and its second is its last.
    const done = await bed.services.complete.execute(anna, first.id);
    expect(done.nextOccurrence?.startAt).toEqual(new Date('2027-01-05T09:00:00Z'));
    const last = await bed.services.complete.execute(anna, (done.nextOccurrence as ActivityRecord).id);
    expect(last.nextOccurrence).toBeNull();
  });

  it('restoring after the series moved on brings the occurrence back as a single activity; restoring a "this and following" delete resumes the series', async () => {
    const pia = await person('Pia Moved On');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
    });
    const made = (await bed.services.delete.execute(anna, first.id)).nextOccurrence as ActivityRecord;
    await bed.services.complete.execute(anna, made.id);
    const restored = await bed.services.restore.execute(anna, first.id);
    expect(restored).toMatchObject({ recurrence: null, series: { kind: 'detached' } });
    const open = await openOf(pia);
    expect(open.map((a) => [a.id, a.recurrence])).toEqual([
      [first.id, null],
      [expect.any(Number), 'FREQ=WEEKLY;BYDAY=TU'],
    ]);
    const detail = await bed.services.get.detail(anna, first.id);
    expect(detail?.history[0]).toMatchObject({
      kind: 'UPDATED',
      changes: [{ field: 'recurrence', from: 'FREQ=WEEKLY;BYDAY=TU', to: null }],
    });

    const ola = await person('Ola Following');
    const { record: other } = await create(ola, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
    });
    await bed.services.delete.execute(anna, other.id, { scope: 'following' });
    expect((await seriesOf(other)).endedAt).not.toBeNull();
    expect((await bed.services.restore.execute(anna, other.id)).series).toEqual({ kind: 'resumed' });
    expect(await seriesOf(other)).toMatchObject({ endedAt: null, currentActivityId: other.id });
    const next = (await bed.services.complete.execute(anna, other.id)).nextOccurrence;
    expect(next?.startAt).toEqual(new Date('2026-12-15T09:00:00Z'));

    // A series stopped after the delete stays stopped: the restored one is a single activity.
    const eva = await person('Eva Stopped');
    const { record: third } = await create(eva, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
    });
    const nextOfThird = (await bed.services.delete.execute(anna, third.id)).nextOccurrence as ActivityRecord;
    await bed.services.stopRepeating.execute(anna, nextOfThird.id);
    expect(await bed.services.restore.execute(anna, third.id)).toMatchObject({
      recurrence: null,
      series: { kind: 'detached' },
    });
    expect((await seriesOf(third)).endedAt).not.toBeNull();
  });

  it('an edit of "this one" stays with the occurrence; "this and following" changes the ones after it', async () => {
    const pia = await person('Pia Edit');
    const acting = await bed.acting('UANNA');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
    });
    const onlyThis = await bed.services.update.execute(acting, {
      id: first.id,
      version: first.version,
      input: { subject: 'Call about the Christmas order', startAt: new Date('2026-12-09T09:00:00Z') },
      scope: 'this',
    });
    const second = (await bed.services.complete.execute(anna, onlyThis.record.id))
      .nextOccurrence as ActivityRecord;
    expect(second).toMatchObject({ subject: 'Key account call', startAt: new Date('2026-12-15T09:00:00Z') });

    const following = await bed.services.update.execute(acting, {
      id: second.id,
      version: second.version,
      input: { subject: 'Quarterly review', startAt: new Date('2026-12-17T13:00:00Z'), notes: null },
      scope: 'following',
    });
    const third = (await bed.services.complete.execute(anna, following.record.id))
      .nextOccurrence as ActivityRecord;
    // The series moved to Thursdays at 14:00 with the new subject, and no notes.
    expect(third).toMatchObject({
      subject: 'Quarterly review',
      notes: null,
      startAt: new Date('2026-12-24T13:00:00Z'),
      recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    });
  });

  it('a changed rule applies to the series and is recorded in the history', async () => {
    const pia = await person('Pia Rule');
    const acting = await bed.acting('UANNA');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
    });
    const changed = await bed.services.update.execute(acting, {
      id: first.id,
      version: first.version,
      input: { recurrence: 'FREQ=MONTHLY;BYDAY=+2TU' },
    });
    expect(changed.record.recurrence).toBe('FREQ=MONTHLY;BYDAY=+2TU');
    const detail = await bed.services.get.detail(anna, first.id);
    expect(detail?.history[0]?.changes).toEqual([
      { field: 'recurrence', from: 'FREQ=WEEKLY;BYDAY=TU', to: 'FREQ=MONTHLY;BYDAY=+2TU' },
    ]);
    const next = (await bed.services.complete.execute(anna, first.id)).nextOccurrence as ActivityRecord;
    expect(next.startAt).toEqual(new Date('2027-01-12T09:00:00Z'));
  });

  it('an edit can make a single activity repeat', async () => {
    const pia = await person('Pia Later');
    const { record: single } = await create(pia, { startAt: new Date('2026-12-08T09:00:00Z') });
    expect(single).toMatchObject({ seriesId: null, recurrence: null });
    const made = await bed.services.update.execute(await bed.acting('UANNA'), {
      id: single.id,
      version: single.version,
      input: { recurrence: 'FREQ=YEARLY' },
    });
    expect(made.record).toMatchObject({
      recurrence: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=8',
      seriesId: expect.any(Number),
    });
    const next = (await bed.services.complete.execute(anna, single.id)).nextOccurrence as ActivityRecord;
    expect(next.startAt).toEqual(new Date('2027-12-08T09:00:00Z'));
  });

  it('Stop repeating leaves the open occurrence as a single activity and records it', async () => {
    const pia = await person('Pia Stop');
    const { record: first } = await create(pia, {
      startAt: new Date('2026-12-08T09:00:00Z'),
      recurrence: 'FREQ=WEEKLY',
    });
    const stopped = await bed.services.stopRepeating.execute(anna, first.id);
    expect(stopped.recurrence).toBeNull();
    const detail = await bed.services.get.detail(anna, first.id);
    expect(detail?.history[0]?.changes).toEqual([
      { field: 'recurrence', from: 'FREQ=WEEKLY;BYDAY=TU', to: null },
    ]);
    const done = await bed.services.complete.execute(anna, first.id);
    expect(done.nextOccurrence).toBeUndefined();
    expect(await openOf(pia)).toHaveLength(0);
    await expect(bed.services.stopRepeating.execute(anna, first.id)).rejects.toBeInstanceOf(
      ActivityActionRefused,
    );
  });

  it('two completions of one occurrence at once make one next occurrence', async () => {
    const pia = await person('Pia Race');
    const { record: first } = await create(pia, { startAt: NOW, recurrence: 'FREQ=DAILY' });
    const results = await Promise.allSettled([
      bed.services.complete.execute(anna, first.id),
      bed.services.complete.execute(anna, first.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    expect(await openOf(pia)).toHaveLength(1);
    expect((await seriesOf(first)).occurrences).toBe(2);
  });

  it('refuses a rule the product cannot show, beside the field, in the user’s language, and creates nothing', async () => {
    const pia = await person('Pia Invalid');
    const error = await create(pia, { recurrence: 'FREQ=HOURLY' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const text = (error as ValidationError).fields.recurrence?.(messages('sv'));
    expect(text).toContain('Touchbase kan inte upprepa så');
    expect(await bed.prisma.activity.count({ where: { personId: pia } })).toBe(0);
    expect(await bed.prisma.activitySeries.count({ where: { personId: pia } })).toBe(0);
  });

  it('a repeating activity logged as done already has its next occurrence made at once', async () => {
    const pia = await person('Pia Done');
    const saved = await create(pia, { startAt: NOW, status: 'DONE', recurrence: 'FREQ=WEEKLY' });
    expect(saved.nextOccurrence?.startAt).toEqual(new Date('2026-12-14T08:00:00Z'));
    expect(await openOf(pia)).toHaveLength(1);
  });
});
