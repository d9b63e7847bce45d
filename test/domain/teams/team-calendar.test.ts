import {
  addLocalDays,
  escalationCutoff,
  isLocalDate,
  isoWeekday,
  localDateOf,
  overdueWorkingDays,
  startOfLocalDay,
  workingDays,
} from '../../../src/domain/teams/team-calendar';

const weekdaysOnly = workingDays(() => false);

describe('team calendar: local dates and working days', () => {
  it('steps calendar days across months, years and leap days', () => {
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addLocalDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-03-15')).toBe(7);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-02-28')).toBe(true);
  });

  it('finds local midnight, also on the day summer time starts', () => {
    expect(startOfLocalDay('2026-03-11', 'Europe/Stockholm')).toEqual(new Date('2026-03-10T23:00:00Z'));
    expect(startOfLocalDay('2026-03-30', 'Europe/Stockholm')).toEqual(new Date('2026-03-29T22:00:00Z'));
    expect(startOfLocalDay('2026-03-11', 'America/New_York')).toEqual(new Date('2026-03-11T04:00:00Z'));
    expect(localDateOf(new Date('2026-03-10T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-03-11');
    expect(localDateOf(new Date('2026-03-10T23:30:00Z'), 'America/New_York')).toBe('2026-03-10');
  });

  it('counts working days overdue after the due date, skipping weekends and holidays', () => {
    const due = (iso: string) => new Date(iso);
    // Due Friday, read on Monday: one working day overdue.
    expect(
      overdueWorkingDays(due('2026-03-06T09:00:00Z'), '2026-03-09', {
        timezone: 'Europe/Stockholm',
        isWorkingDay: weekdaysOnly,
      }),
    ).toBe(1);
    // Due earlier the same day: overdue, but not a whole working day.
    expect(
      overdueWorkingDays(due('2026-03-09T06:00:00Z'), '2026-03-09', {
        timezone: 'Europe/Stockholm',
        isWorkingDay: weekdaysOnly,
      }),
    ).toBe(0);
    const withHoliday = workingDays((date) => date === '2026-03-09');
    expect(
      overdueWorkingDays(due('2026-03-05T09:00:00Z'), '2026-03-10', {
        timezone: 'Europe/Stockholm',
        isWorkingDay: withHoliday,
      }),
    ).toBe(2);
  });

  it('puts the escalation cutoff at the start of the (threshold + 1)-th working day back', () => {
    // Wednesday 11 March, threshold 3: Wed, Tue, Mon, then Friday 6 March is the 4th.
    expect(
      escalationCutoff('2026-03-11', 3, { timezone: 'Europe/Stockholm', isWorkingDay: weekdaysOnly }),
    ).toEqual(new Date('2026-03-05T23:00:00Z'));
    // Read on a Sunday, the weekend does not count: Fri, Thu, Wed, Tue → Tuesday.
    expect(escalationCutoff('2026-03-15', 3, { timezone: 'UTC', isWorkingDay: weekdaysOnly })).toEqual(
      new Date('2026-03-10T00:00:00Z'),
    );
  });

  it('agrees with the per-item count for every due date around the cutoff', () => {
    const holidays = workingDays((date) => date === '2026-03-04');
    const cutoff = escalationCutoff('2026-03-11', 3, {
      timezone: 'Europe/Stockholm',
      isWorkingDay: holidays,
    });
    for (let day = 20; day <= 42; day += 1) {
      const due = new Date(Date.UTC(2026, 1, day, 12));
      const overdue = overdueWorkingDays(due, '2026-03-11', {
        timezone: 'Europe/Stockholm',
        isWorkingDay: holidays,
      });
      expect([due.toISOString(), overdue > 3]).toEqual([due.toISOString(), due < cutoff]);
    }
  });
});
