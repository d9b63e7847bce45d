import type { StackedBarChart } from '../../../charts/stacked-bars-svg';
import type { StatsReport } from '../../../domain/stats/stats-report';
import type { Locale, Messages } from '../../../i18n';
import { bucketLabel, periodLabel } from './period-label';
import { audienceLabel } from './stats-message';

/** The chart of a report (product §6): activities per day or week, stacked by type, in the viewer's language. */
export function statsChart(report: StatsReport, m: Messages, locale: Locale): StackedBarChart {
  const period = periodLabel(report.period.unit, report.period, { m, locale });
  return {
    // Text here is drawn, not parsed as mrkdwn: the SVG writer escapes it for XML.
    title: m.stats.title(period),
    subtitle: audienceLabel(report, m),
    xLabel: report.chart.bucket === 'week' ? m.stats.chart.week : m.stats.chart.day,
    yLabel: m.stats.chart.count,
    legendTitle: m.stats.chart.legend,
    categories: report.chart.buckets.map((key) => bucketLabel(key, locale)),
    layers: report.chart.layers.map((layer) => ({ name: layer.name, counts: layer.counts })),
  };
}
