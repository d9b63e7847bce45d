import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import fc from 'fast-check';
import { isWorkingDate } from '../../../src/domain/calendar/work-calendar';
import {
  isWorkingMoment,
  nextWorkingMoment,
  quietUntil,
  type WorkingTime,
} from '../../../src/domain/reminders/working-time';

/** The defaults of Settings (product §5.6): 08:00–18:00, Monday to Friday, Swedish holidays off. */
const STOCKHOLM: WorkingTime = {
  timezone: 'Europe/Stockholm',
  startHour: 8,
  endHour: 18,
  days: [1, 2, 3, 4, 5],
  holidayCountry: 'SE',
};

describe('working time (product §5.6)', () => {
  it('is the hours of the working days in the person’s own zone, the end exclusive', () => {
    // Tuesday 1 December 2026; Stockholm is UTC+1.
    expect(isWorkingMoment(new Date('2026-12-01T07:00:00Z'), STOCKHOLM)).toBe(true);
    expect(isWorkingMoment(new Date('2026-12-01T06:59:00Z'), STOCKHOLM)).toBe(false);
    expect(isWorkingMoment(new Date('2026-12-01T16:59:00Z'), STOCKHOLM)).toBe(true);
    expect(isWorkingMoment(new Date('2026-12-01T17:00:00Z'), STOCKHOLM)).toBe(false);
    const newYork = { ...STOCKHOLM, timezone: 'America/New_York', holidayCountry: null };
    expect(isWorkingMoment(new Date('2026-12-01T14:00:00Z'), newYork)).toBe(true);
    expect(isWorkingMoment(new Date('2026-12-01T12:00:00Z'), newYork)).toBe(false);
  });

  it('comes next at the start of the next working day: over a weekend, and past a public holiday', () => {
    // Friday evening → Monday 08:00.
    expect(nextWorkingMoment(new Date('2026-12-04T18:00:00Z'), STOCKHOLM)).toEqual(
      new Date('2026-12-07T07:00:00Z'),
    );
    // Early morning → the same day's start.
    expect(nextWorkingMoment(new Date('2026-12-01T05:00:00Z'), STOCKHOLM)).toEqual(
      new Date('2026-12-01T07:00:00Z'),
    );
    // Thursday 24 December evening: Christmas Day (Friday) is a holiday → Monday 28th.
    expect(nextWorkingMoment(new Date('2026-12-24T18:00:00Z'), STOCKHOLM)).toEqual(
      new Date('2026-12-28T07:00:00Z'),
    );
    // Across the change to summer time: 08:00 on Monday 30 March 2026 is 06:00 UTC.
    expect(nextWorkingMoment(new Date('2026-03-27T18:00:00Z'), STOCKHOLM)).toEqual(
      new Date('2026-03-30T06:00:00Z'),
    );
  });

  it('holds what is due outside working time, unless the activity itself happens outside it', () => {
    const evening = new Date('2026-12-01T18:30:00Z');
    // A meeting tomorrow at 10:00 → waits until 08:00.
    expect(quietUntil(evening, new Date('2026-12-02T09:00:00Z'), STOCKHOLM)).toEqual(
      new Date('2026-12-02T07:00:00Z'),
    );
    // A dinner tonight at 20:00 → now.
    expect(quietUntil(evening, new Date('2026-12-01T19:00:00Z'), STOCKHOLM)).toBeNull();
    // Within working time → now.
    expect(
      quietUntil(new Date('2026-12-01T09:00:00Z'), new Date('2026-12-02T09:00:00Z'), STOCKHOLM),
    ).toBeNull();
  });

  it('reads the local date and weekday as date-fns format does, in any zone, year and calendar', () => {
    // The reference: the local date and ISO weekday written by format in the person's zone.
    const reference = (at: Date, time: WorkingTime) => {
      const local = new TZDate(at, time.timezone);
      const minute = local.getHours() * 60 + local.getMinutes();
      const day = isWorkingDate(
        { workDays: time.days, holidayCountry: time.holidayCountry },
        format(local, 'yyyy-MM-dd'),
        Number(format(local, 'i')),
      );
      return day && minute >= time.startHour * 60 && minute < time.endHour * 60;
    };
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('Europe/Stockholm', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'UTC'),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.constantFrom('SE', null),
        (at, timezone, days, holidayCountry) => {
          const time = { timezone, startHour: 0, endHour: 24, days, holidayCountry };
          expect(isWorkingMoment(at, time)).toBe(reference(at, time));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds what is due outside working time until the same moment as a fresh search, asked in any order', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.array(fc.integer({ min: 0, max: 5 * 24 * 60 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('Europe/Stockholm', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.constantFrom('SE', null),
        fc.integer({ min: 0, max: 12 }),
        (base, minutes, timezone, days, holidayCountry, startHour) => {
          const time = { timezone, startHour, endHour: startHour + 8, days, holidayCountry };
          for (const minute of minutes) {
            const now = new Date(base.getTime() + minute * 60_000);
            // An activity in working time, so only `now` decides whether it waits.
            const start = nextWorkingMoment(new Date(now.getTime() + 86_400_000 * 8), time);
            if (!start) continue;
            const expected = isWorkingMoment(now, time) ? null : nextWorkingMoment(now, time);
            expect(quietUntil(now, start, time)).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
