import { parseStatsArguments } from '../../../src/domain/stats/stats-arguments';
import { calendarPeriod, parsePeriod, type StatsPeriod } from '../../../src/domain/stats/stats-period';

const TZ = 'Europe/Stockholm';
// Sunday 29 March 2026, 01:30 UTC: 03:30 in Stockholm, half an hour after clocks went forward.
const DST_DAY = new Date('2026-03-29T01:30:00Z');

function period(word: string, now: Date, tz = TZ): StatsPeriod {
  const parsed = parsePeriod(word, now, tz);
  if (!parsed || !('from' in parsed)) throw new Error(`no period from ${word}: ${JSON.stringify(parsed)}`);
  return parsed;
}

const iso = (p: StatsPeriod) => [p.from.toISOString(), p.to.toISOString()];

describe('statistics periods (product §6, 9)', () => {
  it('takes today as the viewer’s local day, 23 hours long on the day clocks go forward', () => {
    const today = period('today', DST_DAY);
    expect(iso(today)).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect(today.previous.firstDay).toBe('2026-03-28');
    expect(period('idag', DST_DAY).from).toEqual(today.from);
  });

  it('starts weeks on Monday, also for a viewer on the other side of the date line', () => {
    const week = period('week', DST_DAY);
    expect([week.firstDay, week.lastDay]).toEqual(['2026-03-23', '2026-03-29']);
    expect(week.previous.firstDay).toBe('2026-03-16');
    // 01:30 UTC Sunday is already Sunday afternoon in Auckland: same week there.
    const auckland = period('vecka', DST_DAY, 'Pacific/Auckland');
    expect(auckland.firstDay).toBe('2026-03-23');
    // And still Saturday evening in Los Angeles.
    expect(period('week', DST_DAY, 'America/Los_Angeles').firstDay).toBe('2026-03-23');
  });

  it('knows months, quarters and years, and compares with the one before', () => {
    expect(iso(period('month', DST_DAY))).toEqual(['2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z']);
    const quarter = period('kvartal', DST_DAY);
    expect([quarter.firstDay, quarter.lastDay, quarter.previous.firstDay]).toEqual([
      '2026-01-01',
      '2026-03-31',
      '2025-10-01',
    ]);
    expect(quarter.bucket).toBe('week');
    const year = period('år', DST_DAY);
    expect([year.firstDay, year.lastDay, year.previous.firstDay]).toEqual([
      '2026-01-01',
      '2026-12-31',
      '2025-01-01',
    ]);
    expect(period('2026-02', DST_DAY).previous.firstDay).toBe('2026-01-01');
    expect(period('2026-01', DST_DAY).previous.firstDay).toBe('2025-12-01');
  });

  it('reads from..to in ISO and day/month/year, both days included', () => {
    const range = period('2026-03-01..2026-03-10', DST_DAY);
    expect([range.firstDay, range.lastDay]).toEqual(['2026-03-01', '2026-03-10']);
    expect([range.previous.firstDay, range.previous.lastDay]).toEqual(['2026-02-19', '2026-02-28']);
    expect(range.bucket).toBe('day');
    expect(period('1/3/2026..10/3/2026', DST_DAY).from).toEqual(range.from);
    const long = period('2025-01-01..2025-12-31', DST_DAY);
    expect(long.bucket).toBe('week');
  });

  it('names what is wrong with a period', () => {
    expect(parsePeriod('2026-13', DST_DAY, TZ)).toEqual({ kind: 'date', word: '2026-13' });
    expect(parsePeriod('2026-03-05..2026-03-01', DST_DAY, TZ)).toEqual({ kind: 'rangeOrder' });
    expect(parsePeriod('2026-02-30..2026-03-01', DST_DAY, TZ)).toEqual({ kind: 'date', word: '2026-02-30' });
    expect(parsePeriod('2020-01-01..2026-01-01', DST_DAY, TZ)).toMatchObject({ kind: 'rangeTooLong' });
    expect(parsePeriod('12', DST_DAY, TZ)).toEqual({ kind: 'period', word: '12' });
    expect(parsePeriod('meeting', DST_DAY, TZ)).toBeNull();
  });

  it('this month is the default', () => {
    expect(calendarPeriod('month', DST_DAY, TZ).firstDay).toBe('2026-03-01');
  });
});

describe('/activity stats arguments', () => {
  const parse = (text: string) => parseStatsArguments(text, DST_DAY, TZ);

  it('takes period, person or team, and type words in any order', () => {
    const a = parse('Incoming call <@U123|anna> week');
    expect(a).toMatchObject({
      ok: true,
      value: { who: { kind: 'user', slackUserId: 'U123' }, typeText: 'Incoming call' },
    });
    if (a.ok) expect(a.value.period.unit).toBe('week');
    expect(parse('#sales quarter')).toMatchObject({
      ok: true,
      value: { who: { kind: 'team', name: 'sales' } },
    });
    expect(parse('<#C42|sales>')).toMatchObject({
      ok: true,
      value: { who: { kind: 'teamChannel', channelId: 'C42' } },
    });
    const spaced = parse('2026-03-01 .. 2026-03-03');
    expect(spaced.ok && spaced.value.period.lastDay).toBe('2026-03-03');
    const idag = parse('i dag');
    expect(idag.ok && idag.value.period.unit).toBe('day');
  });

  it('refuses a typed @name, two people, and two periods', () => {
    expect(parse('@anna')).toEqual({ ok: false, error: { kind: 'plainName', word: '@anna' } });
    expect(parse('<@U1> #sales')).toEqual({ ok: false, error: { kind: 'twice', word: '#sales' } });
    expect(parse('week month')).toEqual({ ok: false, error: { kind: 'period', word: 'month' } });
  });
});
