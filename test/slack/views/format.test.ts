import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import { formatDate, formatDateTime } from '../../../src/slack/views/format';

// Zones with summer time on either hemisphere, half and quarter hours, and none at all.
const ZONES = [
  'UTC',
  'Europe/Stockholm',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];
const LOCALES = { en: enGB, sv } as const;
const START = Date.UTC(2026, 0, 1);
// Every 17 h 13 min for two years: every hour of the day, on both sides of each change of time.
const STEP_MS = (17 * 60 + 13) * 60 * 1000;
const DATES = Array.from({ length: 1020 }, (_, i) => new Date(START + i * STEP_MS));

describe('dates as users read them (product §9)', () => {
  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])(
    'in %s: the same text as date-fns gives for "PP HH:mm" and "PP", in every zone, across two years of summer times',
    (locale) => {
      for (const timezone of ZONES) {
        const viewer = { locale, timezone };
        for (const date of DATES) {
          const zoned = new TZDate(date, timezone);
          const options = { locale: LOCALES[locale] };
          expect(formatDateTime(date, viewer)).toBe(format(zoned, 'PP HH:mm', options));
          expect(formatDate(date, viewer)).toBe(format(zoned, 'PP', options));
        }
      }
    },
  );

  it('reads "28 nov. 2026 14:30" in Swedish and "28 Nov 2026 14:30" in English, Stockholm time', () => {
    const date = new Date('2026-11-28T13:30:00Z');
    expect(formatDateTime(date, { locale: 'sv', timezone: 'Europe/Stockholm' })).toBe('28 nov. 2026 14:30');
    expect(formatDateTime(date, { locale: 'en', timezone: 'Europe/Stockholm' })).toBe('28 Nov 2026 14:30');
  });

  it('refuses an invalid date or time zone as date-fns does', () => {
    expect(() => formatDateTime(new Date(Number.NaN), { locale: 'en', timezone: 'UTC' })).toThrow(RangeError);
    expect(() => formatDate(new Date(), { locale: 'sv', timezone: 'Not/AZone' })).toThrow(RangeError);
  });
});
