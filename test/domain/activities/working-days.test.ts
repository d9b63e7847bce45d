import { addWorkingDays } from '../../../src/domain/activities/working-days';

describe('due in working days', () => {
  it('skips the weekend in the user’s own time zone and keeps the time of day', () => {
    // Friday 16:00 in Stockholm (15:00 UTC) + 2 working days = Tuesday 16:00 in Stockholm.
    const friday = new Date('2026-03-06T15:00:00Z');
    expect(addWorkingDays(friday, 2, 'Europe/Stockholm').toISOString()).toBe('2026-03-10T15:00:00.000Z');
  });

  it('counts by the local date, not the UTC one', () => {
    // Friday 23:30 UTC is already Saturday 08:30 in Tokyo: one working day later is Monday there.
    const late = new Date('2026-03-06T23:30:00Z');
    expect(addWorkingDays(late, 1, 'Asia/Tokyo').toISOString()).toBe('2026-03-08T23:30:00.000Z');
  });
});
