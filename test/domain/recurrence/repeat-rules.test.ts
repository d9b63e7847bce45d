import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describeProblem, describeRule } from '../../../src/domain/recurrence/describe-rule';
import { localDayOf, nextOccurrence } from '../../../src/domain/recurrence/occurrences';
import { InvalidRecurrence, parseRrule } from '../../../src/domain/recurrence/parse-rrule';
import {
  choiceOfForm,
  choiceOfRule,
  formOfRule,
  REPEAT_PRESETS,
  type RepeatChoice,
  ruleOfChoice,
} from '../../../src/domain/recurrence/repeat-choice';
import { formatRrule, type RepeatRule, type Weekday } from '../../../src/domain/recurrence/repeat-rule';
import { messages } from '../../../src/i18n';

const en = messages('en');
const sv = messages('sv');

/** An instant given as a wall clock in a zone. */
const at = (zone: string, y: number, mo: number, d: number, h = 10, mi = 0) =>
  new Date(new TZDate(y, mo - 1, d, h, mi, 0, 0, zone).getTime());

/** The local wall clock of an instant in a zone, as "YYYY-MM-DD HH:mm". */
const wall = (instant: Date | null, zone: string) => {
  if (!instant) return null;
  const l = new TZDate(instant.getTime(), zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${l.getFullYear()}-${p(l.getMonth() + 1)}-${p(l.getDate())} ${p(l.getHours())}:${p(l.getMinutes())}`;
};

/** The first `n` starts of a series: its start, then each next occurrence after the previous one. */
function starts(rrule: string, seriesStart: Date, zone: string, n: number): (string | null)[] {
  const rule = parseRrule(rrule, localDayOf(seriesStart, zone));
  const out: (string | null)[] = [wall(seriesStart, zone)];
  let previous: Date | null = seriesStart;
  for (let i = 1; i < n && previous; i++) {
    previous = nextOccurrence({ rule, seriesStart, timeZone: zone, after: previous, occurrencesSoFar: i });
    out.push(wall(previous, zone));
  }
  return out;
}

const STHLM = 'Europe/Stockholm';
const NYC = 'America/New_York';

describe('next occurrence (product §3.6)', () => {
  it('monthly on the 31st falls on the last day of shorter months and back on the 31st', () => {
    const start = at(STHLM, 2027, 1, 31);
    const rule = formatRrule(
      ruleOfChoice({ preset: 'monthlyDay', end: { kind: 'never' } }, localDayOf(start, STHLM)) as RepeatRule,
    );
    expect(rule).toBe('FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1');
    expect(starts(rule, start, STHLM, 5)).toEqual([
      '2027-01-31 10:00',
      '2027-02-28 10:00',
      '2027-03-31 10:00',
      '2027-04-30 10:00',
      '2027-05-31 10:00',
    ]);
  });

  it('monthly on the 2nd Tuesday', () => {
    const start = at(STHLM, 2026, 12, 8, 9, 30); // the 2nd Tuesday of December 2026
    const day = localDayOf(start, STHLM);
    const rule = formatRrule(
      ruleOfChoice({ preset: 'monthlyWeekday', end: { kind: 'never' } }, day) as RepeatRule,
    );
    expect(rule).toBe('FREQ=MONTHLY;BYDAY=+2TU');
    expect(starts(rule, start, STHLM, 4)).toEqual([
      '2026-12-08 09:30',
      '2027-01-12 09:30',
      '2027-02-09 09:30',
      '2027-03-09 09:30',
    ]);
  });

  it('a start in the last seven days of its month repeats on the last such weekday', () => {
    const start = at(STHLM, 2026, 10, 30); // Friday, the last of October
    const rule = formatRrule(
      ruleOfChoice(
        { preset: 'monthlyWeekday', end: { kind: 'never' } },
        localDayOf(start, STHLM),
      ) as RepeatRule,
    );
    expect(rule).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(starts(rule, start, STHLM, 3)).toEqual([
      '2026-10-30 10:00',
      '2026-11-27 10:00',
      '2026-12-25 10:00',
    ]);
  });

  it('yearly on 29 February falls on 28 February in other years', () => {
    const start = at(STHLM, 2028, 2, 29);
    const rule = formatRrule(
      ruleOfChoice({ preset: 'yearly', end: { kind: 'never' } }, localDayOf(start, STHLM)) as RepeatRule,
    );
    expect(rule).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1');
    expect(starts(rule, start, STHLM, 6)).toEqual([
      '2028-02-29 10:00',
      '2029-02-28 10:00',
      '2030-02-28 10:00',
      '2031-02-28 10:00',
      '2032-02-29 10:00',
      '2033-02-28 10:00',
    ]);
  });

  it('keeps 10:00 in Stockholm across the spring and autumn changes', () => {
    const start = at(STHLM, 2026, 3, 20); // Friday before the change on 29 March
    const next = starts('FREQ=WEEKLY;BYDAY=FR', start, STHLM, 2);
    expect(next).toEqual(['2026-03-20 10:00', '2026-03-27 10:00']);
    const spring = nextOccurrence({
      rule: parseRrule('FREQ=WEEKLY;BYDAY=FR', localDayOf(start, STHLM)),
      seriesStart: start,
      timeZone: STHLM,
      after: at(STHLM, 2026, 3, 27),
      occurrencesSoFar: 2,
    });
    expect(spring?.toISOString()).toBe('2026-04-03T08:00:00.000Z'); // CEST, UTC+2
    expect(start.toISOString()).toBe('2026-03-20T09:00:00.000Z'); // CET, UTC+1
    expect(starts('FREQ=DAILY', at(STHLM, 2026, 10, 24), STHLM, 3)).toEqual([
      '2026-10-24 10:00',
      '2026-10-25 10:00',
      '2026-10-26 10:00',
    ]);
  });

  it('keeps 10:00 in New York across its own changes (8 March and 1 November 2026)', () => {
    const start = at(NYC, 2026, 3, 7);
    const rule = parseRrule('FREQ=DAILY', localDayOf(start, NYC));
    const next = nextOccurrence({
      rule,
      seriesStart: start,
      timeZone: NYC,
      after: start,
      occurrencesSoFar: 1,
    });
    expect(start.toISOString()).toBe('2026-03-07T15:00:00.000Z');
    expect(next?.toISOString()).toBe('2026-03-08T14:00:00.000Z');
    expect(starts('FREQ=WEEKLY;BYDAY=SA', at(NYC, 2026, 10, 31), NYC, 2)).toEqual([
      '2026-10-31 10:00',
      '2026-11-07 10:00',
    ]);
  });

  it('a series that ends after N times has no occurrence after the Nth', () => {
    expect(starts('FREQ=WEEKLY;BYDAY=MO;COUNT=3', at(STHLM, 2026, 12, 7), STHLM, 4)).toEqual([
      '2026-12-07 10:00',
      '2026-12-14 10:00',
      '2026-12-21 10:00',
      null,
    ]);
  });

  it('a series that ends on a date has its last occurrence on that day', () => {
    expect(starts('FREQ=DAILY;UNTIL=20261209', at(STHLM, 2026, 12, 7, 17), STHLM, 4)).toEqual([
      '2026-12-07 17:00',
      '2026-12-08 17:00',
      '2026-12-09 17:00',
      null,
    ]);
  });

  it('after a late completion, the next occurrence is the first slot after the given moment, still one item', () => {
    const start = at(STHLM, 2026, 11, 2);
    const rule = parseRrule('FREQ=WEEKLY;BYDAY=MO', localDayOf(start, STHLM));
    const next = nextOccurrence({
      rule,
      seriesStart: start,
      timeZone: STHLM,
      after: at(STHLM, 2026, 11, 25),
      occurrencesSoFar: 1,
    });
    expect(wall(next, STHLM)).toBe('2026-11-30 10:00');
  });
});

describe('repeat choices ⇄ RRULE', () => {
  const tuesday = localDayOf(at(STHLM, 2026, 12, 8), STHLM);
  const never = { kind: 'never' } as const;
  it.each([
    ['daily', 'FREQ=DAILY'],
    ['weekdays', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    ['weekly', 'FREQ=WEEKLY;BYDAY=TU'],
    ['biweekly', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    ['monthlyDay', 'FREQ=MONTHLY;BYMONTHDAY=8'],
    ['monthlyWeekday', 'FREQ=MONTHLY;BYDAY=+2TU'],
    ['quarterly', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=8'],
    ['yearly', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=8'],
  ] as const)('%s is %s, and reads back as the same choice', (preset, rrule) => {
    const rule = ruleOfChoice({ preset, end: never }, tuesday) as RepeatRule;
    expect(formatRrule(rule)).toBe(rrule);
    expect(choiceOfRule(parseRrule(rrule, tuesday), tuesday)).toEqual({ preset, end: never });
  });

  it('never is no rule; custom every 3 weeks on Monday and Thursday, ending after 10', () => {
    expect(ruleOfChoice({ preset: 'never', end: never }, tuesday)).toBeNull();
    const choice: RepeatChoice = {
      preset: 'custom',
      custom: { unit: 'week', interval: 3, weekdays: ['TH', 'MO'] },
      end: { kind: 'count', count: 10 },
    };
    const rule = ruleOfChoice(choice, tuesday) as RepeatRule;
    expect(formatRrule(rule)).toBe('FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;COUNT=10');
    expect(
      formatRrule(
        ruleOfChoice(
          {
            ...choice,
            custom: { unit: 'day', interval: 4, weekdays: [] },
            end: { kind: 'until', date: '2027-06-30' },
          },
          tuesday,
        ) as RepeatRule,
      ),
    ).toBe('FREQ=DAILY;INTERVAL=4;UNTIL=20270630');
  });

  it('the form’s custom rule: weekly without weekdays takes the start’s; a bad interval or weekdays for days are refused, in words', () => {
    const form = (custom: { unit: 'day' | 'week' | 'month'; interval: number; weekdays: Weekday[] }) =>
      choiceOfForm({ preset: 'custom', custom, count: null, until: null });
    const rule = (custom: Parameters<typeof form>[0]) =>
      formatRrule(ruleOfChoice(form(custom), tuesday) as RepeatRule);
    expect(rule({ unit: 'week', interval: 2, weekdays: [] })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(rule({ unit: 'week', interval: 3, weekdays: ['TH', 'MO'] })).toBe(
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH',
    );
    expect(rule({ unit: 'month', interval: 99, weekdays: [] })).toBe('FREQ=MONTHLY;INTERVAL=99;BYMONTHDAY=8');
    const refusal = (custom: Parameters<typeof form>[0]) => {
      try {
        form(custom);
      } catch (error) {
        if (error instanceof InvalidRecurrence)
          return [describeProblem(en, error.problem), describeProblem(sv, error.problem)];
        throw error;
      }
      return null;
    };
    const interval = [en.recurrence.problems.interval, sv.recurrence.problems.interval];
    for (const bad of [0, 100, 1.5, -3])
      expect(refusal({ unit: 'day', interval: bad, weekdays: [] })).toEqual(interval);
    expect(refusal({ unit: 'month', interval: 1, weekdays: ['MO'] })).toEqual([
      'Weekdays apply only to a rule of weeks: choose weeks, or untick the weekdays.',
      'Veckodagar går bara att välja när det upprepas med veckor: välj veckor, eller ta bort bocken för veckodagarna.',
    ]);
  });

  it('the edit form reads a stored rule back as the choice that makes it', () => {
    expect(
      formOfRule(parseRrule('FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;UNTIL=20270630', tuesday), tuesday),
    ).toEqual({
      preset: 'custom',
      custom: { unit: 'week', interval: 3, weekdays: ['MO', 'TH'] },
      count: null,
      until: '2027-06-30',
    });
    expect(formOfRule(parseRrule('FREQ=MONTHLY;BYMONTHDAY=8;COUNT=4', tuesday), tuesday)).toEqual({
      preset: 'monthlyDay',
      count: 4,
      until: null,
    });
  });

  it('fills what an RRULE leaves out from the start, and writes it explicitly', () => {
    expect(formatRrule(parseRrule('RRULE:FREQ=WEEKLY', tuesday))).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(formatRrule(parseRrule('freq=monthly;interval=3', tuesday))).toBe(
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=8',
    );
    expect(formatRrule(parseRrule('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', tuesday))).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    );
    expect(formatRrule(parseRrule('FREQ=MONTHLY;BYMONTHDAY=31', tuesday))).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1',
    );
    expect(formatRrule(parseRrule('FREQ=DAILY;UNTIL=20270101T225959Z;WKST=MO', tuesday))).toBe(
      'FREQ=DAILY;UNTIL=20270101',
    );
  });

  it.each([
    ['FREQ=HOURLY', 'unsupported'],
    ['FREQ=WEEKLY;BYWEEKNO=3', 'unsupported'],
    ['FREQ=MONTHLY;BYDAY=+5TU', 'unsupported'],
    ['FREQ=MONTHLY;BYDAY=MO,TU', 'unsupported'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'unsupported'],
    ['FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31', 'unsupported'],
    ['FREQ=DAILY;INTERVAL=0', 'interval'],
    ['FREQ=DAILY;INTERVAL=100', 'interval'],
    ['FREQ=DAILY;COUNT=0', 'count'],
    ['FREQ=DAILY;COUNT=2;UNTIL=20270101', 'countAndUntil'],
    ['FREQ=DAILY;UNTIL=20261207', 'untilBeforeStart'],
    ['FREQ=DAILY;UNTIL=20270230', 'unreadable'],
    ['BYDAY=MO', 'unreadable'],
    ['hello', 'unreadable'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'unreadable'],
  ])('refuses %s (%s)', (text, kind) => {
    let problem: unknown;
    try {
      parseRrule(text, tuesday);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidRecurrence);
      problem = (error as InvalidRecurrence).problem;
      expect(describeProblem(en, (error as InvalidRecurrence).problem).length).toBeGreaterThan(10);
      expect(describeProblem(sv, (error as InvalidRecurrence).problem)).not.toBe(
        describeProblem(en, (error as InvalidRecurrence).problem),
      );
    }
    expect(problem).toMatchObject({ kind });
  });

  it('every rule a choice makes reads back unchanged, and its next occurrence keeps the time of day', () => {
    const zones = [STHLM, NYC, 'UTC', 'Australia/Sydney'];
    const presets = REPEAT_PRESETS.filter((p) => p !== 'never' && p !== 'custom');
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 8, max: 17 }),
        fc.constantFrom(...presets),
        fc.integer({ min: 1, max: 50 }),
        (zone, day, hour, preset, count) => {
          const l = new TZDate(day.getTime(), zone);
          const start = at(zone, l.getFullYear(), l.getMonth() + 1, l.getDate(), hour);
          const local = localDayOf(start, zone);
          const rule = ruleOfChoice({ preset, end: { kind: 'count', count } }, local) as RepeatRule;
          expect(parseRrule(formatRrule(rule), local)).toEqual(rule);
          const next = nextOccurrence({
            rule,
            seriesStart: start,
            timeZone: zone,
            after: start,
            occurrencesSoFar: 1,
          });
          if (count === 1) return expect(next).toBeNull();
          expect(next).not.toBeNull();
          expect((next as Date).getTime()).toBeGreaterThan(start.getTime());
          expect(wall(next, zone)?.slice(11)).toBe(`${String(hour).padStart(2, '0')}:00`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the rule in words', () => {
  const tuesday = localDayOf(at(STHLM, 2026, 12, 8), STHLM);
  const words = (rrule: string) => {
    const rule = parseRrule(rrule, tuesday);
    return [describeRule(en, rule), describeRule(sv, rule)];
  };
  it.each([
    ['FREQ=DAILY', 'every day', 'varje dag'],
    ['FREQ=DAILY;INTERVAL=2', 'every 2 days', 'varannan dag'],
    ['FREQ=DAILY;INTERVAL=3', 'every 3 days', 'var 3:e dag'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'every weekday', 'varje vardag'],
    ['FREQ=WEEKLY;BYDAY=TU', 'every Tuesday', 'varje tisdag'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'every 2nd Tuesday', 'varannan tisdag'],
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', 'every 3rd Tuesday', 'var 3:e tisdag'],
    ['FREQ=WEEKLY;BYDAY=MO,WE', 'every Monday and Wednesday', 'varje måndag och onsdag'],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR',
      'every 2 weeks on Monday, Wednesday and Friday',
      'varannan vecka på måndag, onsdag och fredag',
    ],
    ['FREQ=MONTHLY;BYDAY=+2TU', 'monthly on the 2nd Tuesday', 'den andra tisdagen i månaden'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'monthly on the last Friday', 'den sista fredagen i månaden'],
    [
      'FREQ=MONTHLY;INTERVAL=2;BYDAY=+1MO',
      'every 2 months on the 1st Monday',
      'den första måndagen varannan månad',
    ],
    ['FREQ=MONTHLY;BYMONTHDAY=8', 'monthly on the 8th', 'den 8:e varje månad'],
    ['FREQ=MONTHLY;BYMONTHDAY=22', 'monthly on the 22nd', 'den 22:a varje månad'],
    [
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'monthly on the 31st (the last day in shorter months)',
      'den 31:a varje månad (sista dagen i kortare månader)',
    ],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', 'quarterly on the 1st', 'den 1:a varje kvartal'],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=8', 'every year on 8 December', 'varje år den 8 december'],
    ['FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=1', 'every 2 years on 1 March', 'vartannat år den 1 mars'],
    [
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      'every year on 29 February (28 February in other years)',
      'varje år den 29 februari (28 februari andra år)',
    ],
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=6', 'every Tuesday, 6 times', 'varje tisdag, 6 gånger'],
    ['FREQ=DAILY;UNTIL=20270630', 'every day, until 30 June 2027', 'varje dag, till och med 30 juni 2027'],
  ])('%s: “%s” / “%s”', (rrule, english, swedish) => {
    expect(words(rrule)).toEqual([english, swedish]);
  });
});
