import type { Locale } from '../../i18n';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../activities/activity-record';
import { countedIn } from '../activities/activity-visibility';
import { nameIn } from '../activity-types/type-names';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import { chartBuckets } from './chart-buckets';
import type { AudienceError, AudienceResolver } from './stats-audience';
import type { StatsPeriod } from './stats-period';
import type { SeriesPoint, StatsFigures, StatsWindow, TypeName, TypeStatusCount } from './stats-ports';
import { type QueryError, readStatsQuery } from './stats-query';
import type { ChartSeries, Compared, StatsReport, TypeRow } from './stats-report';

export type StatsError = QueryError | AudienceError;
export type StatsOutcome = { ok: true; report: StatsReport } | { ok: false; error: StatsError };

const zeroByStatus = (): Record<ActivityStatus, Compared> => ({
  NOT_STARTED: { current: 0, previous: 0 },
  IN_PROGRESS: { current: 0, previous: 0 },
  DONE: { current: 0, previous: 0 },
});

const rate = (done: number, total: number) => (total === 0 ? null : done / total);

/**
 * `/activity stats` (product §6): reads the request, decides whose numbers the viewer
 * may see, and gathers every figure group from the database in parallel, one
 * query each.
 */
export class GetStats {
  constructor(
    private readonly stats: StatsFigures,
    private readonly audiences: AudienceResolver,
    private readonly clock: Clock,
  ) {}

  async execute(workspace: Workspace, viewer: Viewer, text: string): Promise<StatsOutcome> {
    const now = this.clock.now();
    const read = await readStatsQuery(this.stats, viewer, { text, now });
    if (!read.ok) return read;
    const { period, who, type } = read.query;
    const resolved = await this.audiences.forStats(workspace, viewer, who);
    if (!resolved.ok) return resolved;
    const { audience } = resolved;

    const scope = {
      rule: countedIn(viewer.workspaceId),
      responsibleIds: audience.responsibleIds,
      typeId: type?.id ?? null,
    };
    const window: StatsWindow = {
      previousFrom: period.previous.from,
      from: period.from,
      to: period.to,
      timezone: period.timezone,
      bucket: period.bucket,
      now,
    };
    const [typeCounts, responsibles, flow, series] = await Promise.all([
      this.stats.byTypeAndStatus(scope, window),
      this.stats.byResponsible(scope, window),
      this.stats.flow(scope, window),
      this.stats.series(scope, window),
    ]);

    const byStatus = zeroByStatus();
    const overdueNow: Compared = { current: 0, previous: 0 };
    for (const row of typeCounts) {
      byStatus[row.status].current += row.current;
      byStatus[row.status].previous += row.previous;
      overdueNow.current += row.overdueCurrent;
      overdueNow.previous += row.overduePrevious;
    }
    const activities = {
      current: ACTIVITY_STATUSES.reduce((sum, s) => sum + byStatus[s].current, 0),
      previous: ACTIVITY_STATUSES.reduce((sum, s) => sum + byStatus[s].previous, 0),
    };
    return {
      ok: true,
      report: {
        period,
        audience,
        typeFilter: type ? { id: type.id, name: nameIn(type.names, viewer.locale) } : null,
        activities,
        byStatus,
        created: { current: flow.createdCurrent, previous: flow.createdPrevious },
        completed: { current: flow.completedCurrent, previous: flow.completedPrevious },
        completionRate: {
          current: rate(byStatus.DONE.current, activities.current),
          previous: rate(byStatus.DONE.previous, activities.previous),
        },
        overdueNow,
        medianUntilDone: { current: flow.medianCurrent, previous: flow.medianPrevious },
        p90UntilDone: { current: flow.p90Current, previous: flow.p90Previous },
        byType: typeRows(typeCounts, read.types, viewer.locale),
        byResponsible: responsibles.map((r) => ({
          employeeId: r.employeeId,
          name: r.name,
          total: { current: r.current, previous: r.previous },
          done: r.done,
          overdue: r.overdue,
        })),
        chart: chartSeries(period, series, { types: read.types, locale: viewer.locale }),
      },
    };
  }
}

/** One row per type seen in either period, in the workspace's type order, named in the viewer's language. */
function typeRows(counts: TypeStatusCount[], types: TypeName[], locale: Locale): TypeRow[] {
  const rows = new Map<number, TypeRow>();
  for (const type of types) {
    rows.set(type.id, {
      typeId: type.id,
      name: nameIn(type.names, locale),
      byStatus: { NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0 },
      total: { current: 0, previous: 0 },
    });
  }
  const seen = new Set<number>();
  for (const count of counts) {
    const row = rows.get(count.typeId);
    if (!row) continue;
    seen.add(count.typeId);
    row.byStatus[count.status] += count.current;
    row.total.current += count.current;
    row.total.previous += count.previous;
  }
  return [...rows.values()].filter((row) => seen.has(row.typeId));
}

function chartSeries(
  period: StatsPeriod,
  points: SeriesPoint[],
  { types, locale }: { types: TypeName[]; locale: Locale },
): ChartSeries {
  const buckets = chartBuckets(period.firstDay, period.lastDay, period.bucket);
  const index = new Map(buckets.map((key, i) => [key, i]));
  const layers = types.map((type) => ({
    typeId: type.id,
    name: nameIn(type.names, locale),
    counts: buckets.map(() => 0),
  }));
  const byType = new Map(layers.map((layer) => [layer.typeId, layer]));
  for (const point of points) {
    const i = index.get(point.bucket);
    const layer = byType.get(point.typeId);
    if (i !== undefined && layer) layer.counts[i] = (layer.counts[i] ?? 0) + point.count;
  }
  return {
    bucket: period.bucket,
    buckets,
    layers: layers.filter((layer) => layer.counts.some((count) => count > 0)),
  };
}
