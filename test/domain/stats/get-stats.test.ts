import { stackedBarsSvg } from '../../../src/charts/stacked-bars-svg';
import { StatsAudienceRepository } from '../../../src/db/repositories/stats-audience-repository';
import { StatsRepository } from '../../../src/db/repositories/stats-repository';
import { GetStats, type StatsOutcome } from '../../../src/domain/stats/get-stats';
import { AudienceResolver } from '../../../src/domain/stats/stats-audience';
import type { StatsReport } from '../../../src/domain/stats/stats-report';
import type { Viewer } from '../../../src/domain/viewer';
import { en } from '../../../src/i18n/en';
import { sv } from '../../../src/i18n/sv';
import { statsChart } from '../../../src/slack/views/stats/stats-chart';
import { type ActivityBed, openActivityBed } from '../../support/fixtures/activities';
import { NOW, seedStats } from './stats-fixture';

const TZ = 'Europe/Stockholm';

describe('GetStats on a fixed data set (product §6)', () => {
  let bed: ActivityBed;
  let stats: GetStats;
  const viewers: Record<string, Viewer> = {};

  beforeAll(async () => {
    bed = await openActivityBed(NOW);
    for (const [id, extra] of [
      ['UANNA', {}],
      ['UBOB', {}],
      ['ULEA', {}],
      ['UADMIN', { is_admin: true }],
    ] as const)
      bed.double.addUser({ id, name: id.slice(1).toLowerCase(), tz: TZ, ...extra });
    for (const id of ['UANNA', 'UBOB', 'ULEA', 'UADMIN']) viewers[id] = await bed.viewer(id);
    await seedStats(bed.prisma, bed.workspace.id, {
      anna: viewers.UANNA!.employeeId,
      bob: viewers.UBOB!.employeeId,
      lea: viewers.ULEA!.employeeId,
      admin: viewers.UADMIN!.employeeId,
    });
    stats = new GetStats(
      new StatsRepository(bed.prisma),
      new AudienceResolver(new StatsAudienceRepository(bed.prisma), bed.employees),
      bed.clock,
    );
  });
  afterAll(() => bed.stop());

  async function report(userId: string, text: string): Promise<StatsReport> {
    const outcome = await stats.execute(bed.workspace, viewers[userId]!, text);
    if (!outcome.ok) throw new Error(`expected figures, got ${JSON.stringify(outcome.error)}`);
    return outcome.report;
  }

  async function refused(
    userId: string,
    text: string,
  ): Promise<Extract<StatsOutcome, { ok: false }>['error']> {
    const outcome = await stats.execute(bed.workspace, viewers[userId]!, text);
    if (outcome.ok) throw new Error('expected a refusal');
    return outcome.error;
  }

  it('gives staff their own month by default, in their time zone, against the previous month', async () => {
    const r = await report('UANNA', '');
    expect(r.audience.kind).toBe('own');
    expect(r.period.firstDay).toBe('2026-03-01');
    expect(r.period.lastDay).toBe('2026-03-31');
    // Midnight in Stockholm: UTC+1 before the DST change on 29 March, UTC+2 after it.
    expect(r.period.from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(r.period.to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(r.activities).toEqual({ current: 7, previous: 1 });
    expect(r.byStatus).toEqual({
      NOT_STARTED: { current: 3, previous: 0 },
      IN_PROGRESS: { current: 1, previous: 0 },
      DONE: { current: 3, previous: 1 },
    });
    expect(r.overdueNow).toEqual({ current: 3, previous: 0 });
    expect(r.completionRate.current).toBeCloseTo(3 / 7, 10);
    expect(r.completionRate.previous).toBe(1);
    expect(r.created).toEqual({ current: 7, previous: 1 });
    expect(r.completed).toEqual({ current: 3, previous: 1 });
  });

  it('computes the median and 90th percentile from created to done in the database', async () => {
    const r = await report('UANNA', 'month');
    // 10 min, 2 h and 26 h: median 2 h; p90 interpolated 2 h + 0.8 × 24 h.
    expect(r.medianUntilDone.current).toBeCloseTo(7200, 3);
    expect(r.p90UntilDone.current).toBeCloseTo(7200 + 0.8 * (93600 - 7200), 3);
    expect(r.medianUntilDone.previous).toBeCloseTo(36 * 3600 + 45 * 60, 3);
  });

  it('counts by type and status, and per responsible', async () => {
    const r = await report('UANNA', 'month');
    const byName = Object.fromEntries(r.byType.map((row) => [row.name, row]));
    expect(Object.keys(byName)).toEqual(['Incoming call', 'Outgoing call', 'Meeting', 'E-mail', 'Visit']);
    expect(byName['Outgoing call']).toMatchObject({
      byStatus: { NOT_STARTED: 1, IN_PROGRESS: 0, DONE: 1 },
      total: { current: 2, previous: 0 },
    });
    expect(byName.Meeting?.total).toEqual({ current: 1, previous: 1 });
    expect(r.byResponsible).toEqual([
      {
        employeeId: viewers.UANNA!.employeeId,
        name: 'anna',
        total: { current: 7, previous: 1 },
        done: 3,
        overdue: 3,
      },
    ]);
  });

  it('buckets the chart per local day: 00:30 on 1 March local is 1 March although UTC says February', async () => {
    const r = await report('UANNA', 'month');
    expect(r.chart.bucket).toBe('day');
    expect(r.chart.buckets).toHaveLength(31);
    const layer = (name: string) => r.chart.layers.find((l) => l.name === name)?.counts ?? [];
    expect(layer('Outgoing call')[0]).toBe(1); // a4 on 1 March local
    expect(layer('Outgoing call')[9]).toBe(1); // a2 on 10 March
    expect(layer('Incoming call')[15]).toBe(1); // a8: Monday 16 March 00:30 local
    expect(layer('E-mail')[14]).toBe(1); // a9: Sunday 15 March 23:30 local
    const total = r.chart.layers.reduce((sum, l) => sum + l.counts.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(7);
  });

  it('names types, in the table and the chart legend, in the viewer’s language', async () => {
    const outcome = await stats.execute(bed.workspace, { ...viewers.UANNA!, locale: 'sv' }, 'month');
    if (!outcome.ok) throw new Error('expected figures');
    const swedish = outcome.report;
    expect(swedish.byType.map((row) => row.name)).toEqual([
      'Inkommande samtal',
      'Utgående samtal',
      'Möte',
      'E-post',
      'Besök',
    ]);
    const legend = stackedBarsSvg(statsChart(swedish, sv, 'sv'));
    for (const name of ['Utgående samtal', 'Möte', 'E-post']) expect(legend).toContain(name);
    expect(legend).not.toContain('Outgoing call');
    const english = await report('UANNA', 'month');
    expect(stackedBarsSvg(statsChart(english, en, 'en'))).toContain('Outgoing call');
  });

  it('starts weeks on Monday in the viewer’s time zone', async () => {
    const r = await report('UANNA', 'week');
    expect(r.period.firstDay).toBe('2026-03-16');
    expect(r.period.lastDay).toBe('2026-03-22');
    expect(r.period.previous.firstDay).toBe('2026-03-09');
    // a8 (Monday 00:30 local) is this week; a9 (Sunday 23:30 local) and a2 the week before.
    expect(r.activities).toEqual({ current: 1, previous: 2 });
  });

  it('reads YYYY-MM and from..to ranges, comparing with the same number of days before', async () => {
    const feb = await report('UANNA', '2026-02');
    expect(feb.activities).toEqual({ current: 1, previous: 0 });
    const range = await report('UANNA', '2026-03-01..2026-03-15');
    expect(range.period.previous.firstDay).toBe('2026-02-14');
    expect(range.period.previous.lastDay).toBe('2026-02-28');
    expect(range.activities).toEqual({ current: 5, previous: 1 });
  });

  it('answers an empty period with zeros and no chart layers', async () => {
    const r = await report('UANNA', '2025-06');
    expect(r.activities).toEqual({ current: 0, previous: 0 });
    expect(r.medianUntilDone).toEqual({ current: null, previous: null });
    expect(r.completionRate).toEqual({ current: null, previous: null });
    expect(r.chart.layers).toEqual([]);
    expect(r.byResponsible).toEqual([]);
  });

  it('filters by a type named in either language', async () => {
    const en = await report('UANNA', 'month meeting');
    expect(en.typeFilter?.name).toBe('Meeting');
    expect(en.activities).toEqual({ current: 1, previous: 1 });
    const sv = await report('UANNA', 'möte');
    expect(sv.activities).toEqual({ current: 1, previous: 1 });
    expect(await refused('UANNA', 'month frobnication')).toMatchObject({ kind: 'unknownType' });
  });

  it('gives a team lead their teams (their own numbers included), and #team by a loose name', async () => {
    const teams = await report('ULEA', '');
    expect(teams.audience.kind).toBe('teams');
    expect(teams.activities.current).toBe(8); // Anna's 7 and Lea's SMS
    const sales = await report('ULEA', '#sales-north');
    expect(sales.audience).toMatchObject({ kind: 'team', name: 'Sales North' });
    expect(sales.activities.current).toBe(8);
    const anna = await report('ULEA', '<@UANNA|anna>');
    expect(anna.activities.current).toBe(7);
  });

  it('refuses a lead other teams and their members', async () => {
    expect(await refused('ULEA', '#support')).toEqual({ kind: 'notYourTeam' });
    expect(await refused('ULEA', '<@UBOB|bob>')).toEqual({ kind: 'notYourUser' });
    expect(await refused('UANNA', '<@ULEA>')).toEqual({ kind: 'notYourUser' });
    expect(await refused('UANNA', '#sales-north')).toEqual({ kind: 'notYourTeam' });
    expect(await refused('UANNA', '#nosuchteam')).toEqual({ kind: 'unknownTeam', name: 'nosuchteam' });
  });

  it('gives admins everyone, private activities counted in the totals', async () => {
    const all = await report('UADMIN', '');
    expect(all.audience.kind).toBe('everyone');
    expect(all.activities.current).toBe(10); // 7 + Bob's 2 (one private) + Lea's 1
    expect(all.byResponsible.map((r) => [r.name, r.total.current])).toEqual([
      ['anna', 7],
      ['bob', 2],
      ['lea', 1],
    ]);
    const support = await report('UADMIN', '<#CSUPPORT|support>');
    expect(support.audience).toMatchObject({ kind: 'team', name: 'Support' });
    expect(support.activities.current).toBe(2);
  });

  it('explains a malformed period or filter instead of guessing', async () => {
    expect(await refused('UANNA', 'fortnight 2026-13')).toMatchObject({ kind: 'date', word: '2026-13' });
    expect(await refused('UANNA', '2026-03-10..2026-03-01')).toEqual({ kind: 'rangeOrder' });
    expect(await refused('UANNA', '2026-03-32..2026-04-01')).toMatchObject({ kind: 'date' });
    expect(await refused('UANNA', '@anna')).toEqual({ kind: 'plainName', word: '@anna' });
    expect(await refused('UANNA', '<@UANNA> <@ULEA>')).toMatchObject({ kind: 'twice' });
  });
});
