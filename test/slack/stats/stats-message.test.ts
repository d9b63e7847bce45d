import { calendarPeriod } from '../../../src/domain/stats/stats-period';
import type { StatsReport } from '../../../src/domain/stats/stats-report';
import { messages } from '../../../src/i18n';
import { statsMessage } from '../../../src/slack/views/stats/stats-message';
import { validateMessageBlocks } from '../../support/slack-double';

const period = calendarPeriod('month', new Date('2026-03-18T10:00:00Z'), 'Europe/Stockholm');

function report(responsibles: number): StatsReport {
  return {
    period,
    audience: { kind: 'team', name: '<!channel> team', responsibleIds: [1] },
    typeFilter: null,
    activities: { current: 12, previous: 0 },
    byStatus: {
      NOT_STARTED: { current: 5, previous: 0 },
      IN_PROGRESS: { current: 2, previous: 0 },
      DONE: { current: 5, previous: 0 },
    },
    created: { current: 12, previous: 4 },
    completed: { current: 5, previous: 5 },
    completionRate: { current: 5 / 12, previous: null },
    overdueNow: { current: 3, previous: 1 },
    medianUntilDone: { current: 3 * 3600 + 20 * 60, previous: 2 * 86400 + 4 * 3600 },
    p90UntilDone: { current: 45 * 60, previous: null },
    byType: [
      {
        typeId: 1,
        name: '<!here> calls & more',
        byStatus: { NOT_STARTED: 5, IN_PROGRESS: 2, DONE: 5 },
        total: { current: 12, previous: 0 },
      },
    ],
    byResponsible: Array.from({ length: responsibles }, (_, i) => ({
      employeeId: i + 1,
      name: `<@U${i}> Person ${i}`,
      total: { current: 1200 + i, previous: 1000 },
      done: 1,
      overdue: 0,
    })),
    chart: { bucket: 'day', buckets: [], layers: [] },
  };
}

describe('the statistics message', () => {
  it('escapes names users typed, so nothing in it can notify anyone', () => {
    const text = JSON.stringify(statsMessage(report(3), { m: messages('en'), locale: 'en' }));
    expect(text).toContain('&lt;!here&gt; calls &amp; more');
    expect(text).toContain('&lt;!channel&gt; team');
    expect(text).toContain('&lt;@U1&gt; Person 1');
    expect(text).not.toMatch(/<[!@]/);
  });

  it('writes figures in the reader’s language with changes against the previous period', () => {
    // Swedish Intl separates thousands and the per cent sign with no-break spaces.
    const sv = JSON.stringify(statsMessage(report(1), { m: messages('sv'), locale: 'sv' })).replace(
      /\u00a0/g,
      ' ',
    );
    expect(sv).toContain('Statistik · mars 2026');
    expect(sv).toContain('12 (+12, ny; förra 0)');
    expect(sv).toContain('3 h 20 min (-2 d 1 h, -94 %; förra 2 d 4 h)');
    expect(sv).toContain('1 200 (+200, +20 %; förra 1 000)');
    const en = JSON.stringify(statsMessage(report(1), { m: messages('en'), locale: 'en' }));
    expect(en).toContain('42% (previous –)');
    expect(en).toContain('1,200 (+200, +20%; previous 1,000)');
  });

  it('stays within Block Kit limits however many responsibles there are', () => {
    const message = statsMessage(report(150), { m: messages('en'), locale: 'en' });
    expect(validateMessageBlocks(message.blocks)).toMatchObject({ ok: true });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message)).toContain('…and 50 more.');
  });
});
