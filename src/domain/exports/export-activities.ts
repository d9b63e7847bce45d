import type { Messages } from '../../i18n';
import { visibleTo } from '../activities/activity-visibility';
import type { Clock } from '../clock';
import type { AudienceError, AudienceResolver } from '../stats/stats-audience';
import type { StatsPeriod } from '../stats/stats-period';
import type { StatsFigures } from '../stats/stats-ports';
import { type QueryError, readStatsQuery } from '../stats/stats-query';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import { BOM, csvLine, separatorFor } from './csv';
import { headerValues, rowValues } from './export-columns';
import type { ActivityExports, ExportPosition } from './export-ports';

/** Where the CSV goes; `write` resolves when the sink can take more (backpressure). */
export interface TextSink {
  write(chunk: string): Promise<void>;
}

export type ExportOutcome =
  | { ok: true; rows: number; period: StatsPeriod }
  | { ok: false; error: QueryError | AudienceError };

/** Rows read per query: a few hundred kilobytes of CSV, so memory stays flat whatever the total. */
export const EXPORT_PAGE = 2000;

/**
 * `/activity export [period] [filters]` (product §6): every activity of the period
 * the requester may see (product §3.4 — public ones and their own private ones,
 * filters only narrow that) as CSV in their language, written page by page.
 */
export class ExportActivities {
  constructor(
    private readonly deps: {
      exports: ActivityExports;
      stats: Pick<StatsFigures, 'types'>;
      audiences: AudienceResolver;
      clock: Clock;
    },
  ) {}

  /** Checks the request without writing anything, so a bad one is answered before any file exists. */
  private async plan(workspace: Workspace, viewer: Viewer, text: string) {
    const read = await readStatsQuery(this.deps.stats, viewer, { text, now: this.deps.clock.now() });
    if (!read.ok) return read;
    const { period, who, type } = read.query;
    let responsibleIds: number[] | null = null;
    if (who) {
      const named = await this.deps.audiences.named(workspace, who);
      if (!named.ok) return named;
      responsibleIds = named.audience.responsibleIds;
    }
    return {
      ok: true as const,
      period,
      scope: {
        rule: visibleTo(viewer),
        responsibleIds,
        typeId: type?.id ?? null,
        from: period.from,
        to: period.to,
        timezone: viewer.timezone,
      },
    };
  }

  async execute(
    workspace: Workspace,
    viewer: Viewer,
    { text, m, sink }: { text: string; m: Messages; sink: TextSink },
  ): Promise<ExportOutcome> {
    const plan = await this.plan(workspace, viewer, text);
    if (!plan.ok) return plan;
    const separator = separatorFor(viewer.locale);
    const timezone = viewer.timezone;
    await sink.write(BOM + csvLine(headerValues(m, timezone), separator));
    let rows = 0;
    let after: ExportPosition | null = null;
    for (;;) {
      const page = await this.deps.exports.page(plan.scope, after, EXPORT_PAGE);
      if (page.length === 0) break;
      await sink.write(page.map((row) => csvLine(rowValues(row, m), separator)).join(''));
      rows += page.length;
      const last = page[page.length - 1]!;
      after = { startAt: last.startAt, id: last.id };
      if (page.length < EXPORT_PAGE) break;
    }
    return { ok: true, rows, period: plan.period };
  }
}
