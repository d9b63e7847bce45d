import { PLAIN_WEEK, type WorkCalendar } from '../../../src/domain/calendar/work-calendar';
import { splitPlanCommand } from '../../../src/domain/plans/plan-command';
import { isLocalDate, localToday, stepDate, stepStart } from '../../../src/domain/plans/plan-dates';

const SWEDEN: WorkCalendar = { workDays: [1, 2, 3, 4, 5], holidayCountry: 'SE' };
const at = { timezone: 'Europe/Stockholm', calendar: SWEDEN };

describe('plan step dates (product §3.7)', () => {
  it('counts working days from the launch date, skipping Swedish Christmas and the weekend', () => {
    // Tuesday 22 December 2026: 24 and 25 December are days off, then a weekend.
    expect([0, 1, 2, 3].map((days) => stepDate('2026-12-22', days, at))).toEqual([
      '2026-12-22',
      '2026-12-23',
      '2026-12-28',
      '2026-12-29',
    ]);
    // Without a holiday country only the weekend is skipped.
    const plain = { timezone: 'Europe/Stockholm', calendar: PLAIN_WEEK };
    expect(stepDate('2026-12-22', 2, plain)).toBe('2026-12-24');
  });

  it('starts a step at the working day start on its responsible’s clock, or now when that has passed', () => {
    const now = new Date('2026-12-22T08:00:00Z');
    expect(stepStart('2026-12-23', { timezone: 'Europe/Stockholm', workDayStartMinute: 480, now })).toEqual(
      new Date('2026-12-23T07:00:00Z'),
    );
    expect(stepStart('2026-12-22', { timezone: 'Europe/Stockholm', workDayStartMinute: 480, now })).toEqual(
      now,
    );
    // At 09:00 in Stockholm, today's 08:00 in New York is still ahead: 13:00 UTC, not now.
    expect(stepStart('2026-12-22', { timezone: 'America/New_York', workDayStartMinute: 480, now })).toEqual(
      new Date('2026-12-22T13:00:00Z'),
    );
    // New York in summer: 08:30 local is 12:30 UTC.
    expect(stepStart('2027-07-01', { timezone: 'America/New_York', workDayStartMinute: 510, now })).toEqual(
      new Date('2027-07-01T12:30:00Z'),
    );
  });

  it('reads only real dates, and today on the viewer’s clock', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('22/12/2026')).toBe(false);
    // 23:30 UTC on 22 December is already 23 December in Stockholm.
    expect(localToday(new Date('2026-12-22T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-12-23');
  });
});

describe('/activity plan <plan> <person>', () => {
  const plans = [
    { id: 1, name: 'New customer' },
    { id: 2, name: 'New customer VIP' },
    { id: 3, name: 'Ny kund' },
  ];

  it('takes the longest plan name the text starts with, in any case, and leaves the person', () => {
    expect(splitPlanCommand('new customer Anna Berg', plans)).toEqual({ planId: 1, rest: 'Anna Berg' });
    expect(splitPlanCommand('New  Customer VIP  Anna', plans)).toEqual({ planId: 2, rest: 'Anna' });
    expect(splitPlanCommand('ny kund', plans)).toEqual({ planId: 3, rest: '' });
    expect(splitPlanCommand('Onboarding Anna', plans)).toBeNull();
  });
});
