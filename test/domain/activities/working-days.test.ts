import { addWorkingDays } from '../../../src/domain/activities/working-days';
import { PLAIN_WEEK } from '../../../src/domain/calendar/work-calendar';

describe('due in working days', () => {
  it('skips the weekend in the user’s own time zone and keeps the time of day', () => {
    // Friday 16:00 in Stockholm (15:00 UTC) + 2 working days = Tuesday 16:00 in Stockholm.
    const friday = new Date('2026-03-06T15:00:00Z');
    expect(
      addWorkingDays(friday, 2, { timezone: 'Europe/Stockholm', calendar: PLAIN_WEEK }).toISOString(),
    ).toBe('2026-03-10T15:00:00.000Z');
  });

  it('counts by the local date, not the UTC one', () => {
    // Friday 23:30 UTC is already Saturday 08:30 in Tokyo: one working day later is Monday there.
    const late = new Date('2026-03-06T23:30:00Z');
    expect(addWorkingDays(late, 1, { timezone: 'Asia/Tokyo', calendar: PLAIN_WEEK }).toISOString()).toBe(
      '2026-03-08T23:30:00.000Z',
    );
  });

  it('skips the workspace’s public holidays and counts only its working weekdays', () => {
    // Wednesday 6 January 2027 is Epiphany (trettondedag jul) in Sweden.
    const tuesday = new Date('2027-01-05T09:00:00Z');
    const sweden = { workDays: [1, 2, 3, 4, 5], holidayCountry: 'SE' };
    expect(
      addWorkingDays(tuesday, 1, { timezone: 'Europe/Stockholm', calendar: PLAIN_WEEK }).toISOString(),
    ).toBe('2027-01-06T09:00:00.000Z');
    expect(addWorkingDays(tuesday, 1, { timezone: 'Europe/Stockholm', calendar: sweden }).toISOString()).toBe(
      '2027-01-07T09:00:00.000Z',
    );
    // A Sunday-to-Thursday week: Friday and Saturday are the weekend.
    const thursday = new Date('2026-03-05T09:00:00Z');
    const sundayToThursday = { workDays: [7, 1, 2, 3, 4], holidayCountry: null };
    expect(
      addWorkingDays(thursday, 1, { timezone: 'Asia/Dubai', calendar: sundayToThursday }).toISOString(),
    ).toBe('2026-03-08T09:00:00.000Z');
    // Zero days stays put, even on a day off.
    expect(addWorkingDays(thursday, 0, { timezone: 'UTC', calendar: sundayToThursday })).toEqual(thursday);
  });
});
