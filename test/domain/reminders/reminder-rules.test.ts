import {
  leadMoment,
  outcomeMoment,
  reminderDeadline,
  reminderMoment,
} from '../../../src/domain/reminders/reminder-rules';

const NOW = new Date('2026-12-01T08:00:00Z');
const START = new Date('2026-12-01T13:00:00Z');
const MINUTE = 60_000;
const planned = { status: 'NOT_STARTED' as const, startAt: START, remindLeadMinutes: 15 };

describe('when a reminder is due (product §5.4)', () => {
  it('is the start less the lead, for a new activity', () => {
    expect(reminderMoment(planned, null, { now: NOW, timezone: 'Europe/Stockholm' })).toEqual(
      new Date('2026-12-01T12:45:00Z'),
    );
    expect(reminderMoment({ ...planned, remindLeadMinutes: 0 }, null, { now: NOW, timezone: 'UTC' })).toEqual(
      START,
    );
  });

  it('is none without a lead, once done, or when its moment has passed already at the save', () => {
    expect(
      reminderMoment({ ...planned, remindLeadMinutes: null }, null, { now: NOW, timezone: 'UTC' }),
    ).toBeNull();
    expect(reminderMoment({ ...planned, status: 'DONE' }, null, { now: NOW, timezone: 'UTC' })).toBeNull();
    expect(
      reminderMoment(planned, null, { now: new Date('2026-12-01T12:50:00Z'), timezone: 'UTC' }),
    ).toBeNull();
  });

  it('keeps a snoozed moment while start and lead stay, and starts over when either changes', () => {
    const snoozed = { ...planned, remindAt: new Date('2026-12-01T13:10:00Z') };
    expect(
      reminderMoment({ ...planned, status: 'IN_PROGRESS' }, snoozed, { now: NOW, timezone: 'UTC' }),
    ).toEqual(snoozed.remindAt);
    const later = new Date('2026-12-01T15:00:00Z');
    expect(reminderMoment({ ...planned, startAt: later }, snoozed, { now: NOW, timezone: 'UTC' })).toEqual(
      new Date('2026-12-01T14:45:00Z'),
    );
    expect(
      reminderMoment({ ...planned, remindLeadMinutes: 60 }, snoozed, { now: NOW, timezone: 'UTC' }),
    ).toEqual(new Date('2026-12-01T12:00:00Z'));
  });

  it('reads "1 day before" on the responsible’s calendar across a daylight-saving change', () => {
    // Stockholm moves to summer time on Sunday 29 March 2026 at 02:00.
    const sunday = new Date('2026-03-29T07:00:00Z'); // Sunday 09:00 CEST
    expect(leadMoment(sunday, 1440, 'Europe/Stockholm')).toEqual(new Date('2026-03-28T08:00:00Z'));
    expect(leadMoment(sunday, 60, 'Europe/Stockholm')).toEqual(new Date('2026-03-29T06:00:00Z'));
  });

  it('may still go out until the start has passed by its lead time, and at least five minutes', () => {
    const remindAt = new Date(START.getTime() - 15 * MINUTE);
    expect(reminderDeadline({ startAt: START, remindAt, leadMinutes: 15 })).toEqual(
      new Date('2026-12-01T13:15:00Z'),
    );
    expect(reminderDeadline({ startAt: START, remindAt: START, leadMinutes: 0 })).toEqual(
      new Date('2026-12-01T13:05:00Z'),
    );
    // A snoozed reminder counts from its own moment.
    const snoozed = new Date('2026-12-01T13:30:00Z');
    expect(reminderDeadline({ startAt: START, remindAt: snoozed, leadMinutes: 15 })).toEqual(
      new Date('2026-12-01T13:45:00Z'),
    );
  });

  it('asks how it went at the end, or after the type’s duration, only for types that ask (product §5.5)', () => {
    const meeting = { id: 3, askOutcome: true, defaultDurationMinutes: 45 };
    const base = { status: 'NOT_STARTED' as const, startAt: START, endAt: null, type: meeting };
    expect(outcomeMoment(base, null, NOW)).toEqual({
      outcomeAskAt: new Date('2026-12-01T13:45:00Z'),
      outcomePostponed: false,
    });
    const end = new Date('2026-12-01T15:00:00Z');
    expect(outcomeMoment({ ...base, endAt: end }, null, NOW).outcomeAskAt).toEqual(end);
    expect(outcomeMoment({ ...base, type: { id: 4, askOutcome: false } }, null, NOW).outcomeAskAt).toBeNull();
    expect(outcomeMoment({ ...base, status: 'DONE' }, null, NOW).outcomeAskAt).toBeNull();
    // Logged two days after it ended: history, not a meeting to ask about.
    expect(outcomeMoment(base, null, new Date('2026-12-03T14:00:00Z')).outcomeAskAt).toBeNull();
    // *Not yet* stays while start, end and type stay; a new start asks anew.
    const postponed = { ...base, outcomeAskAt: new Date('2026-12-02T07:00:00Z'), outcomePostponed: true };
    expect(outcomeMoment({ ...base, status: 'IN_PROGRESS' }, postponed, NOW)).toEqual({
      outcomeAskAt: postponed.outcomeAskAt,
      outcomePostponed: true,
    });
    expect(outcomeMoment({ ...base, startAt: end }, postponed, NOW)).toEqual({
      outcomeAskAt: new Date('2026-12-01T15:45:00Z'),
      outcomePostponed: false,
    });
  });
});
