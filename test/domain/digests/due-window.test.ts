import { dueWindows, isDueHour } from '../../../src/domain/digests/due-window';
import { batchSizeFor } from '../../../src/jobs/digest-job';

describe('due windows', () => {
  it('drops holidays and unknown zones once per zone', () => {
    // Friday 25 December 2026, 08:00 UTC.
    const windows = dueWindows(new Date('2026-12-25T08:00:00Z'), [
      { timezone: 'Europe/Stockholm', holidayCountry: 'SE' },
      { timezone: 'Europe/Stockholm', holidayCountry: null },
      { timezone: 'Asia/Tokyo', holidayCountry: 'JP' },
      { timezone: 'Mars/Olympus', holidayCountry: null },
    ]);
    expect(windows).toEqual([
      { timezone: 'Europe/Stockholm', holidayCountry: null, localDate: '2026-12-25', hour: 9, isoWeekday: 5 },
      { timezone: 'Asia/Tokyo', holidayCountry: 'JP', localDate: '2026-12-25', hour: 17, isoWeekday: 5 },
    ]);
  });

  it('is due from the digest hour until 18:00, and an evening digest hour keeps its own hour', () => {
    expect(isDueHour(7, 8)).toBe(false);
    expect(isDueHour(8, 8)).toBe(true);
    expect(isDueHour(17, 8)).toBe(true);
    expect(isDueHour(18, 8)).toBe(false);
    expect(isDueHour(20, 20)).toBe(true);
    expect(isDueHour(21, 20)).toBe(false);
  });

  it('sizes batches so a batch is sent well within the lease', () => {
    expect(batchSizeFor(10, 300_000)).toBe(200);
    expect(batchSizeFor(1, 300_000)).toBe(150);
    expect(batchSizeFor(0.001, 1000)).toBe(1);
  });
});
