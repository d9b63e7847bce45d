import { isPublicHoliday } from '../../../src/domain/calendar/holidays';
import { localMoment } from '../../../src/domain/calendar/local-time';

describe('public holidays', () => {
  it.each([
    ['2026-12-25', true], // juldagen
    ['2026-12-26', true], // annandag jul
    ['2027-01-06', true], // trettondedag jul
    ['2026-06-06', true], // nationaldagen
    ['2026-12-24', true], // julafton: not a legal holiday, but offices close (type 'bank')
    ['2026-12-13', false], // Lucia: an observance, a working day
    ['2026-12-01', false],
  ])('Sweden %s → %s', (date, expected) => {
    expect(isPublicHoliday('SE', date)).toBe(expected);
  });

  it('knows other countries, and none without a country or for an unknown one', () => {
    expect(isPublicHoliday('US', '2026-07-04')).toBe(true);
    expect(isPublicHoliday('US', '2026-06-06')).toBe(false);
    expect(isPublicHoliday(null, '2026-12-25')).toBe(false);
    expect(isPublicHoliday('XX', '2026-12-25')).toBe(false);
  });
});

describe('local moments', () => {
  it('reads an instant on each zone’s own clock, and refuses an unknown zone', () => {
    const at = new Date('2026-11-30T23:30:00Z');
    expect(localMoment(at, 'Asia/Tokyo')).toEqual({ localDate: '2026-12-01', hour: 8, isoWeekday: 2 });
    expect(localMoment(at, 'America/New_York')).toEqual({ localDate: '2026-11-30', hour: 18, isoWeekday: 1 });
    expect(localMoment(at, 'Not/AZone')).toBeNull();
  });
});
