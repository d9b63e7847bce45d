import { ActivityActionRefused } from '../../../src/domain/activities/activity-errors';
import { snoozeTarget } from '../../../src/domain/activities/snooze-activity';
import type { Viewer } from '../../../src/domain/viewer';
import { type ActivityBed, addPerson, openActivityBed, typeByKey } from '../../support/fixtures/activities';

// Wednesday 4 March 2026, 09:00 UTC (10:00 in Stockholm, 04:00 in New York).
const NOW = new Date('2026-03-04T09:00:00Z');

describe('snooze target (tomorrow / next Monday at the digest hour, own calendar)', () => {
  it('is tomorrow at the hour in Stockholm', () => {
    expect(snoozeTarget(NOW, 'tomorrow', { timezone: 'Europe/Stockholm', hour: 8 })).toEqual(
      new Date('2026-03-05T07:00:00Z'),
    );
  });

  it('is next Monday at the hour', () => {
    expect(snoozeTarget(NOW, 'next_week', { timezone: 'Europe/Stockholm', hour: 8 })).toEqual(
      new Date('2026-03-09T07:00:00Z'),
    );
  });

  it('counts days by the user’s own calendar: late evening in New York is still the day before', () => {
    // 02:30 UTC on Thursday 5 March is 21:30 on Wednesday 4 March in New York.
    const lateEvening = new Date('2026-03-05T02:30:00Z');
    expect(snoozeTarget(lateEvening, 'tomorrow', { timezone: 'America/New_York', hour: 9 })).toEqual(
      new Date('2026-03-05T14:00:00Z'),
    );
  });

  it('on a Sunday, next week is the next day', () => {
    const sunday = new Date('2026-03-08T12:00:00Z');
    expect(snoozeTarget(sunday, 'next_week', { timezone: 'Europe/Stockholm', hour: 7 })).toEqual(
      new Date('2026-03-09T06:00:00Z'),
    );
  });

  it('keeps the hour across the change to summer time', () => {
    // Stockholm moves to CEST on 29 March 2026: 08:00 local is 06:00 UTC from then on.
    const saturday = new Date('2026-03-28T12:00:00Z');
    expect(snoozeTarget(saturday, 'next_week', { timezone: 'Europe/Stockholm', hour: 8 })).toEqual(
      new Date('2026-03-30T06:00:00Z'),
    );
  });

  it('starts next week on its first working day: past a public holiday of the workspace’s country', () => {
    // Monday 6 April 2026 is Easter Monday in Sweden: next week begins on Tuesday the 7th there.
    const thursday = new Date('2026-04-02T10:00:00Z');
    const sweden = { workDays: [1, 2, 3, 4, 5], holidayCountry: 'SE' };
    expect(
      snoozeTarget(thursday, 'next_week', { timezone: 'Europe/Stockholm', hour: 8, calendar: sweden }),
    ).toEqual(new Date('2026-04-07T06:00:00Z'));
    // Without the country's holidays it is the Monday.
    expect(snoozeTarget(thursday, 'next_week', { timezone: 'Europe/Stockholm', hour: 8 })).toEqual(
      new Date('2026-04-06T06:00:00Z'),
    );
  });
});

describe('SnoozeActivity', () => {
  let bed: ActivityBed;
  let anna: Viewer;
  let personId: number;
  let typeId: number;

  const create = async (input: { startAt?: Date; endAt?: Date | null; status?: 'NOT_STARTED' | 'DONE' }) =>
    (
      await bed.services.create.execute(await bed.acting('UANNA'), {
        personId,
        typeId,
        subject: 'Call back',
        responsibleSlackUserId: 'UANNA',
        ...input,
      })
    ).record;

  beforeAll(async () => {
    bed = await openActivityBed(NOW);
    bed.double.addUser({ id: 'UANNA', name: 'anna' });
    bed.double.addUser({ id: 'UBEN', name: 'ben' });
    anna = await bed.viewer('UANNA');
    personId = (await addPerson(bed.prisma, bed.workspace.id, { name: 'Pia Person' })).id;
    typeId = (await typeByKey(bed.prisma, bed.workspace.id, 'MEETING')).id;
  });
  afterAll(() => bed.stop());

  it('moves the start when there is no end, and writes history', async () => {
    const activity = await create({ startAt: new Date('2026-03-03T08:00:00Z') });
    const snoozed = await bed.services.snooze.execute(anna, {
      id: activity.id,
      choice: 'tomorrow',
      digestHour: 8,
    });
    expect(snoozed).toMatchObject({
      startAt: new Date('2026-03-05T07:00:00Z'),
      endAt: null,
      dueAt: new Date('2026-03-05T07:00:00Z'),
      status: 'NOT_STARTED',
      version: activity.version + 1,
    });
    const [latest] = await bed.services.get.detail(anna, activity.id).then((d) => d?.history ?? []);
    expect(latest).toMatchObject({
      kind: 'UPDATED',
      changes: [{ field: 'start', from: '2026-03-03T08:00:00.000Z', to: '2026-03-05T07:00:00.000Z' }],
    });
  });

  it('moves the end when one is set, and the start along when it would fall after it', async () => {
    const withEnd = await create({
      startAt: new Date('2026-03-02T08:00:00Z'),
      endAt: new Date('2026-03-03T08:00:00Z'),
    });
    expect(
      await bed.services.snooze.execute(anna, { id: withEnd.id, choice: 'next_week', digestHour: 8 }),
    ).toMatchObject({
      startAt: new Date('2026-03-02T08:00:00Z'),
      endAt: new Date('2026-03-09T07:00:00Z'),
      dueAt: new Date('2026-03-09T07:00:00Z'),
    });
    const startsLater = await create({
      startAt: new Date('2026-03-20T08:00:00Z'),
      endAt: new Date('2026-03-21T08:00:00Z'),
    });
    expect(
      await bed.services.snooze.execute(anna, { id: startsLater.id, choice: 'tomorrow', digestHour: 8 }),
    ).toMatchObject({
      startAt: new Date('2026-03-05T07:00:00Z'),
      endAt: new Date('2026-03-05T07:00:00Z'),
    });
  });

  it('refuses a done activity and changes nothing', async () => {
    const activity = await create({});
    const done = await bed.services.complete.execute(anna, activity.id);
    const refusal = await bed.services.snooze
      .execute(anna, { id: activity.id, choice: 'tomorrow', digestHour: 8 })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(ActivityActionRefused);
    expect(refusal.reason).toBe('already_done');
    expect((await bed.services.get.getVisible(anna, activity.id))?.version).toBe(done.version);
  });

  it('refuses a deleted activity', async () => {
    const activity = await create({});
    await bed.services.delete.execute(anna, activity.id);
    const refusal = await bed.services.snooze
      .execute(anna, { id: activity.id, choice: 'tomorrow', digestHour: 8 })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(ActivityActionRefused);
    expect(refusal.reason).toBe('deleted');
  });
});
